/**
 * Handlers we add to Paged.js before it lays out. They run in the page, so they are plain
 * JavaScript source: a TypeScript function would be transformed (tsx adds a `__name`
 * helper to named classes), and the page has no such helper.
 */

/**
 * Paged.js 0.4.3 can cut a page inside a word that our build-time hyphenation split with soft
 * hyphens: it measures letter by letter and leaves a stub such as "i-" alone on the last line.
 * When the overflow starts inside a word, start it at the word's beginning instead, so the
 * whole word goes over and the page ends on a full line.
 */
export const WORD_SAFE_BREAKS = `(() => {
  const inWord = (c) => c !== undefined && /[\\p{L}\\p{N}\\u00AD'\\u2019]/u.test(c);
  window.Paged.registerHandlers(class extends window.Paged.Handler {
    onOverflow(overflow) {
      if (!overflow || typeof overflow.setStart !== 'function') return undefined;
      const node = overflow.startContainer;
      if (node.nodeType !== Node.TEXT_NODE) return undefined;
      const text = node.textContent || '';
      let i = overflow.startOffset;
      if (!(inWord(text[i - 1]) && inWord(text[i]))) return undefined;
      while (i > 0 && inWord(text[i - 1])) i--;
      // A word that opens its text node may continue an inline element before it: leave those.
      if (i === 0) return undefined;
      const moved = overflow.cloneRange();
      moved.setStart(node, i);
      return moved;
    }
  });
})()`;

/** Links whose page number the layout fills in (`content: attr(data-page)` in our styles). */
export const PAGE_REF_SELECTOR = '.toc a[href^="#"], a.ref[href^="#"], a.pageref[href^="#"], a.pack-page-ref[href^="#"]';

/**
 * Page numbers of internal links, as `data-page` on the link. Paged.js's own target-counter()
 * re-queries every unresolved link in the whole book after each page, walks all pages with
 * getComputedStyle for each hit and adds a CSS rule per link: quadratic in book length
 * (a 1,000-page reader spent most of its layout there). Here each page is scanned once for
 * the ids it holds and the links it places. A link to an earlier page is numbered as it is
 * placed; one to a later page waits in a map until its target is laid out (the contents,
 * whose numbers sit in a grid column of their own). Page numbers are the printed ones: the book has no page counter resets.
 *
 * Paged.js 0.4.3 also reads `data-page` on the source: it is how it marks an element that
 * opens a named page (CSS `page:`; the name is reserved, pagedjs/pagedjs#57). A page-number
 * link that already carries a number (the parallel build gives every one a placeholder before
 * layout) therefore looked like the start of a page named after that number. Once a page broke
 * inside a concordance entry, Paged.js placed the rest of the entry node by node and, the page
 * name changing at each link ("8888", then `front` again), started a new page before every
 * link and after it: one link per page, under the running heads `@page front` takes away.
 * So the source keeps the number under PAGE_NUMBER_HELD, and each placed copy gets
 * `data-page` back as it is rendered: styles still print it with `attr(data-page)`, and
 * Paged.js never sees it on the source.
 */
const PAGE_NUMBER_HELD = 'data-rp-page';

/**
 * Page numbers as text, just before printing: each page-number link's `data-page` goes into a
 * `span.page-number` at its end, and the link's class `page-number-text` turns off the
 * `attr(data-page)` that showed it until then (the same text in the same place, styled the
 * same, so nothing moves). Chromium tags no generated content: printed through CSS, a page
 * number was an artifact that no screen reader heard, and no one could search for.
 * `[data-rp-ref]`: a page reference into a part another lane lays out no longer matches
 * PAGE_REF_SELECTOR (its href points outside the page, book-parts.ts), and is one all the same.
 */
export const PAGE_NUMBER_TEXT = `(() => {
  for (const link of document.querySelectorAll(${JSON.stringify(`.pagedjs_pages :is(${PAGE_REF_SELECTOR}, [data-rp-ref])[data-page]`)})) {
    const n = link.getAttribute('data-page');
    if (!n) continue;
    let span = link.querySelector(':scope > .page-number');
    if (!span) {
      span = document.createElement('span');
      span.className = 'page-number';
      link.append(span);
    }
    span.textContent = n;
    link.classList.add('page-number-text');
  }
})()`;

/**
 * A word Paged.js cut at a page break ends its page with the hyphen Paged.js appends to its
 * text (its `hyphenGlyph`, "-" as render/open-page.ts sets it, on a `.pagedjs_hyphen`
 * element). As text, the tags read "bureauc-" and "racy": two words. Just before printing,
 * that hyphen moves into an aria-hidden span of its own (same glyph, same place: nothing
 * moves), which Chromium leaves out of the tags, and the text ends in a soft hyphen instead,
 * which finishing reads as a word going on (accessibility/text-layer.ts): the tags read the
 * word whole, and poppler and MuPDF still see the hyphen at the page's foot.
 */
export const PAGE_BREAK_HYPHENS = `(() => {
  for (const el of document.querySelectorAll('.pagedjs_pages .pagedjs_hyphen')) {
    const last = el.lastChild;
    const glyph = last && last.nodeType === 3 ? last.textContent.slice(-1) : '';
    if (glyph !== '-' && glyph !== '\\u2011') continue;
    last.textContent = last.textContent.slice(0, -1) + '\\u00AD';
    const hyphen = document.createElement('span');
    hyphen.className = 'page-break-hyphen';
    hyphen.setAttribute('aria-hidden', 'true');
    hyphen.textContent = glyph;
    el.append(hyphen);
  }
})()`;

export const PAGE_REFS = `(() => {
  const selector = ${JSON.stringify(PAGE_REF_SELECTOR)};
  const held = ${JSON.stringify(PAGE_NUMBER_HELD)};
  const pageOf = new Map();
  const waiting = new Map();
  const target = (link) => {
    try { return decodeURIComponent(link.getAttribute('href').slice(1)); } catch { return undefined; }
  };
  const restore = (el) => {
    el.setAttribute('data-page', el.getAttribute(held));
    el.removeAttribute(held);
  };
  window.Paged.registerHandlers(class extends window.Paged.Handler {
    // Before Paged.js parses the source and marks its named pages (afterParsed), every
    // \`data-page\` there is ours: not only links the selector knows (the parallel build
    // points a link into another part outside the page, \`https://…/__link#id\`).
    beforeParsed(content) {
      for (const el of content.querySelectorAll('[data-page]')) {
        el.setAttribute(held, el.getAttribute('data-page'));
        el.removeAttribute('data-page');
      }
    }
    // A link to a page already laid out gets its number as it is placed, so the line is
    // measured with it (a number filled in after the page is done can push text off the page).
    renderNode(clone) {
      // A page that starts inside a link rebuilds the link around its rest (\`data-split-from\`)
      // without this hook.
      const parent = clone.parentElement;
      if (parent && parent.hasAttribute('data-split-from')) {
        const around = parent.closest('[' + held + ']');
        if (around) restore(around);
      }
      if (clone.nodeType !== 1) return undefined;
      // A paragraph is placed as one deep copy: its links come with it.
      if (clone.hasAttribute(held)) restore(clone);
      for (const link of clone.querySelectorAll('[' + held + ']')) restore(link);
      if (!clone.hasAttribute('data-page') && clone.matches(selector)) {
        const id = target(clone);
        if (pageOf.has(id)) clone.setAttribute('data-page', pageOf.get(id));
      }
      return undefined;
    }
    afterPageLayout(fragment) {
      const n = fragment.dataset.pageNumber;
      for (const el of fragment.querySelectorAll('[' + held + ']')) restore(el);
      for (const el of fragment.querySelectorAll('[id]')) {
        if (pageOf.has(el.id)) continue;
        pageOf.set(el.id, n);
        for (const link of waiting.get(el.id) || []) link.setAttribute('data-page', n);
        waiting.delete(el.id);
      }
      for (const link of fragment.querySelectorAll(selector)) {
        if (link.hasAttribute('data-page')) continue;
        const id = target(link);
        if (id === undefined) continue;
        if (pageOf.has(id)) link.setAttribute('data-page', pageOf.get(id));
        else if (waiting.has(id)) waiting.get(id).push(link);
        else waiting.set(id, [link]);
      }
    }
  });
})()`;

/**
 * Pages two behind the one being laid out are done: Paged.js never touches them again. Hiding
 * their content (`content-visibility: hidden`) keeps every measurement Paged.js forces on the
 * new page from restyling the whole book (a 1,003-page reader: layout 59 s -> 47 s).
 * `SHOW_PAGES` undoes it after layout, before anything is measured or printed.
 */
export const SETTLE_PAGES = `(() => {
  window.Paged.registerHandlers(class extends window.Paged.Handler {
    afterPageLayout(fragment) {
      const done = fragment.previousElementSibling && fragment.previousElementSibling.previousElementSibling;
      if (done && done.classList.contains('pagedjs_page')) done.style.contentVisibility = 'hidden';
    }
  });
})()`;

/**
 * Tell Node each page as it is laid out (the layout watchdog, render/watchdog.ts): its number
 * and the text it holds (the id of its last article, else its part). A binding call is a
 * message: the page never waits on Node.
 */
export const REPORT_PAGES = `(() => {
  window.Paged.registerHandlers(class extends window.Paged.Handler {
    afterPageLayout(fragment) {
      const articles = fragment.querySelectorAll('article[id]');
      const part = fragment.querySelector('[data-rp-part]');
      const where = articles.length ? articles[articles.length - 1].id : part ? 'part ' + (Number(part.getAttribute('data-rp-part')) + 1) : '';
      window.__readerLayoutPage(Number(fragment.dataset.pageNumber) || 0, where);
    }
  });
})()`;

export const SHOW_PAGES = `(() => {
  for (const page of document.querySelectorAll('.pagedjs_page')) page.style.removeProperty('content-visibility');
})()`;

/**
 * The handlers a browser needs to show the book as the build lays it out, as a script file
 * for `reader preview` (its page allows no inline script). The preview calls
 * `window.__readerHooks()` from Paged.js's `before` hook. Pages stay visible there.
 */
export const PREVIEW_HOOKS_SCRIPT = `window.__readerHooks = () => {
  ${WORD_SAFE_BREAKS};
  ${PAGE_REFS};
};
`;

/**
 * Run before Paged.js loads. Paged.js lays out one page per animation frame (its queue ticks
 * on requestAnimationFrame and each page waits for requestIdleCallback), so a book cannot lay
 * out faster than 60 pages a second, and a page in a tab Chromium does not draw waits longer.
 * Nothing needs painting until the PDF is printed: both callbacks run as soon as the thread
 * is free instead (a MessageChannel task, not setTimeout, which clamps to 4 ms).
 */
export const UNTHROTTLE = `(() => {
  const queue = [];
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { const run = queue.shift(); if (run) run(); };
  const soon = (run) => { queue.push(run); channel.port2.postMessage(0); return queue.length; };
  window.requestAnimationFrame = (callback) => soon(() => callback(performance.now()));
  window.requestIdleCallback = (callback) => soon(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
})()`;

/**
 * Run before the document loads: the body takes no layout (an adopted style sheet, which Paged.js
 * does not read) until SHOW_BODY. Computed styles still resolve, so parts can be surveyed.
 * A hidden body asks for no font, so every face starts loading as soon as the style sheets are
 * in: by SHOW_BODY they are there, instead of being fetched and decoded then.
 */
export const HIDE_BODY = `(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('body { display: none !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  window.__readerHidden = sheet;
  document.addEventListener('DOMContentLoaded', () => { for (const f of document.fonts) f.load().catch(() => undefined); });
})()`;

/** Undo HIDE_BODY, and load every font face first: nothing laid out yet has asked for them. */
export const SHOW_BODY = `(async () => {
  const sheet = window.__readerHidden;
  if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  await Promise.all(Array.from(document.fonts, (f) => f.load().catch(() => undefined)));
  await document.fonts.ready;
})()`;
