/**
 * Page scripts for laying a book out in parts. A part is a run of the body's top-level
 * elements that starts on a right-hand page (the cover, the contents, each text, the
 * concordance…): what comes before it cannot change its layout, only its page numbers. Parts
 * are laid out in separate pages (renderer processes) at once, numbered when all are done, and
 * joined (accessibility/assemble.ts). Plain JavaScript source, for the reason given in
 * paged-hooks.ts; each is an expression to call with one JSON argument.
 */

/** What the page tells about the book before layout. */
export interface BookSurvey {
  parts: PartSurvey[];
  /** SHA-256 of what every part's layout shares: the head, the body's classes, the running titles. */
  context: string;
}

/** What the page tells about one part before layout. */
export interface PartSurvey {
  ids: string[];
  /** Characters of text: the part's share of the layout work. */
  weight: number;
  /** SHA-256 of the part's HTML as loaded, for the layout cache. */
  hash: string;
}

/** What the page tells about one part after layout. Pages are 1-based in the laid-out document. */
export interface PartFacts {
  part: number;
  first: number;
  /** Last page that is not a blank page left before the next part. */
  last: number;
  /** Page (relative to the part's first, 0-based) and position (CSS px from the page's top left) of every id. */
  places: Record<string, [number, number, number]>;
}

/** Per kept part: what its links need from the rest of the book. */
export type PartLinks = Record<number, { refs: string[]; across: string[] }>;

/** Page-number links get this text while the book is laid out: as wide as any real number (tabular figures). */
export function placeholderFor(digits: number): string {
  return '8'.repeat(Math.max(1, digits));
}

/**
 * Before any change to the page: mark each top-level element with its part, and describe the
 * parts. A part starts at each element whose `break-before` is `right` or `recto`.
 */
export const SURVEY_PARTS = `(async () => {
  // The book's <main> (its landmark in the HTML as written) is laid out as its children: a wrapper
  // would hold the pages Paged.js leaves blank before a right-hand start, and a part would not be top-level.
  for (const main of Array.from(document.body.querySelectorAll(':scope > main'))) main.replaceWith(...Array.from(main.childNodes));
  const parts = [];
  for (const el of Array.from(document.body.children)) {
    if (el.tagName === 'SCRIPT') continue;
    const b = getComputedStyle(el).breakBefore;
    if (parts.length === 0 || b === 'right' || b === 'recto') parts.push([]);
    el.setAttribute('data-rp-part', String(parts.length - 1));
    parts[parts.length - 1].push(el);
  }
  const sha = async (text) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const out = [];
  for (const els of parts) {
    out.push({
      ids: els.map((e) => e.id),
      weight: els.reduce((n, e) => n + (e.textContent || '').length, 0),
      hash: await sha(els.map((e) => e.outerHTML).join('\\n')),
    });
  }
  // What every part's layout shares besides its own HTML: the head (styles), the body's
  // classes, and the running titles a part inherits from the parts before it.
  const titles = Array.from(document.querySelectorAll('.running-title'), (t) => t.outerHTML).join('\\n');
  return { parts: out, context: await sha(document.head.outerHTML + '\\n' + document.body.className + '\\n' + titles) };
})()`;

/**
 * Keep only the given parts in the body. Links to another part point outside the page
 * (\`<origin>/__link#id\`), so Chromium prints them as URI links that the join turns back into
 * links to the named destination. Page-number links get a placeholder (filled by NUMBER_PARTS).
 * The running title, set once on the cover, is copied (hidden) into every part after it.
 * Returns, per part, the ids its page-number links show the page of, and the ids its links
 * point to in other parts (they need named destinations).
 */
export const KEEP_PARTS = `((args) => {
  const keep = new Set(args.keep);
  const partOf = new Map();
  for (const el of Array.from(document.body.querySelectorAll('[data-rp-part]'))) {
    const p = Number(el.getAttribute('data-rp-part'));
    if (el.id) partOf.set(el.id, p);
    for (const x of Array.from(el.querySelectorAll('[id]'))) partOf.set(x.id, p);
  }
  // Only what lies in a part: a user's template may put a class or a link anywhere (in <head>).
  const titles = Array.from(document.querySelectorAll('.running-title')).filter((t) => t.closest('[data-rp-part]'));
  const tops = Array.from(document.body.querySelectorAll(':scope > [data-rp-part]'));
  for (const el of tops) {
    const p = Number(el.getAttribute('data-rp-part'));
    if (!keep.has(p)) { el.remove(); continue; }
  }
  for (const p of keep) {
    const first = document.body.querySelector(':scope > [data-rp-part="' + p + '"]');
    if (!first) continue;
    for (const t of titles.filter((t) => Number(t.closest('[data-rp-part]').getAttribute('data-rp-part')) < p).reverse()) {
      const copy = t.cloneNode(true);
      copy.setAttribute('aria-hidden', 'true');
      first.prepend(copy);
    }
  }
  const links = {};
  for (const p of keep) links[p] = { refs: [], across: [] };
  for (const a of Array.from(document.querySelectorAll('a[href^="#"]'))) {
    let id;
    try { id = decodeURIComponent(a.getAttribute('href').slice(1)); } catch { continue; }
    const homeEl = a.closest('[data-rp-part]');
    if (!homeEl) continue;
    const home = Number(homeEl.getAttribute('data-rp-part'));
    if (a.matches(args.refSelector)) {
      a.setAttribute('data-rp-ref', id);
      a.setAttribute('data-page', args.placeholder);
      links[home].refs.push(id);
    }
    if (partOf.has(id) && partOf.get(id) !== home) {
      a.setAttribute('href', args.origin + '/__link' + a.getAttribute('href'));
      links[home].across.push(id);
    }
  }
  for (const p of keep) {
    links[p].refs = Array.from(new Set(links[p].refs)).sort();
    links[p].across = Array.from(new Set(links[p].across)).sort();
  }
  return links;
})`;

/** After layout: where each kept part lies and where each of its ids is. */
export const PART_FACTS = `((args) => {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  const isNotesPage = (page) => {
    const content = page.querySelector('.pagedjs_page_content');
    return !!content && !!content.querySelector('.notes-page') && !(content.textContent || '').replace(/\\s+/g, '').replace(/^Notes/, '');
  };
  const indexOf = new Map(pages.map((p, i) => [p, i]));
  const starts = args.keep.map((p) => {
    const el = document.querySelector('.pagedjs_page [data-rp-part="' + p + '"]');
    const page = el && el.closest('.pagedjs_page');
    return page ? indexOf.get(page) : -1;
  });
  return args.keep.map((part, k) => {
    const first = starts[k];
    if (first < 0) return { part, first: 0, last: -1, places: {} };
    let last = (k + 1 < starts.length ? starts[k + 1] : pages.length) - 1;
    while (last > first && pages[last].classList.contains('pagedjs_blank_page')) last--;
    // A part starts on a right-hand page. When texts start on the right, a notes page that ends a
    // part is kept on a left-hand page (it fills the page that would be blank before the next
    // part) and left out on a right-hand one (the next part starts there, with no blank before it).
    if (document.body.classList.contains('start-right-page') && (last - first) % 2 === 0 && last > first && isNotesPage(pages[last])) last--;
    const places = {};
    for (let i = first; i <= last; i++) {
      const box = pages[i].getBoundingClientRect();
      for (const el of Array.from(pages[i].querySelectorAll('[id], [data-id]'))) {
        const id = el.id || el.getAttribute('data-id');
        if (!id || id in places || id.startsWith('pagedjs')) continue;
        const r = el.getBoundingClientRect();
        places[id] = [i - first, Math.round((r.left - box.left) * 100) / 100, Math.round((r.top - box.top) * 100) / 100];
      }
    }
    return { part, first: first + 1, last: last + 1, places };
  });
})`;

/**
 * Before printing: each part's first page takes its page number in the whole book, and every
 * page-number link its target's page. \`args.starts\`: [first page here (1-based), number in the book];
 * \`args.pages\`: id -> page in the book.
 */
export const NUMBER_PARTS = `((args) => {
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  for (const [first, number] of args.starts) {
    const page = pages[first - 1];
    if (!page) continue;
    // counter-set, not counter-reset: the value changes without opening a new counter scope.
    page.style.setProperty('counter-set', 'page ' + number);
    page.style.counterIncrement = 'none';
  }
  for (const a of Array.from(document.querySelectorAll('[data-rp-ref]'))) {
    const n = args.pages[a.getAttribute('data-rp-ref')];
    a.setAttribute('data-page', n === undefined ? '' : String(n));
  }
})`;

/** Call a page script with its argument. */
export function call(script: string, arg: unknown): string {
  return `(${script})(${JSON.stringify(arg)})`;
}
