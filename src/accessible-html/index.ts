/**
 * The accessible HTML edition: the whole book as one semantic, unpaginated document, for
 * screen readers and reflowing. The introduction (with its tables), the texts, their notes,
 * the concordance and the glossary, as the paged edition has them, through the same partials
 * (with `accessible: true`, references link to paragraphs). Each text
 * is an <article>; each footnote follows the block that calls it, as in the tagged PDF (an
 * aside, doc-footnote, its number a link back to the call). No
 * Paged.js, no running heads, no hyphenation. Headings sit one level below the book's title.
 * Given the printed reader's pages, its references name them as the print does ("4 ¶ 257,
 * p. 43"): a reader of this edition follows a group that says "page 43", and it says what
 * the tagged PDF says.
 */
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { parseHTML } from 'linkedom';
import { composeView, type ComposeInput } from '../compose/index.ts';
import { textToHtml } from '../compose/markdown-to-html.ts';
import { bookLanguage, bookWords, type BookWords } from '../compose/book-words.ts';
import { formatDate } from '../compose/helpers.ts';
import { missingNoteCalls } from '../compose/index.ts';
import { loadTemplatesSync } from '../compose/templates.ts';
import { escapeHtml } from '../util/escape-html.ts';

const esc = escapeHtml;

/**
 * Build `reader.accessible.html` from the same input as the paged edition. `pages`, the
 * printed page of each id (render's anchors), puts the page after each reference.
 */
export function accessibleHtml(input: ComposeInput, pages?: Record<string, number>): string {
  const { manifest, root } = input;
  const templates = loadTemplatesSync(manifest.templates ? join(root, manifest.templates) : undefined, root);
  const articles = accessibleArticles(input, templates);
  // With the printed pages, the topic matrix's cells read as the print's do (the page, "×2");
  // without them, each links to the first paragraph and says how many paragraphs take the topic up.
  const view = { ...composeView(input), accessible: true, pagesShown: pages !== undefined, cellsByParagraph: pages === undefined };
  const withPages = (html: string) => (pages ? pageReferences(html, pages) : html);
  const introduction = withPages(shiftHeadings(templates.partial('introduction', view)));
  const concordance = withPages(shiftHeadings(templates.partial('concordance', view)));
  const glossary = withPages(shiftHeadings(templates.partial('glossary', view)));
  const w = view.words;
  const parts = [introduction && ['introduction', w.introduction], concordance && ['concordance', w.concordance], glossary && ['glossary', w.glossary]];
  // The concordance's indexes have lines of their own, as in the printed contents.
  const indexes = `<ul><li><a href="#concordance-sources">${w.sourcesCited}</a></li><li><a href="#concordance-topics">${w.topicIndex}</a></li><li><a href="#concordance-names">${w.indexOfNames}</a></li></ul>`;
  const entry = (p: (string | undefined)[] | '' | undefined) =>
    p ? `<li><a href="#${p[0]}">${p[1]}</a>${p[0] === 'concordance' ? `\n${indexes}` : ''}</li>` : '';
  // The printed contents' entries, in its order and words: the texts by number, no heading of their own.
  const texts = input.texts
    .map(
      ({ meta }, i) =>
        `<li><a href="#${esc(meta.id)}">${i + 1} <span${meta.language ? ` lang="${esc(meta.language)}"` : ''}>${esc(meta.title)}</span></a>${meta.author ? `, ${esc(meta.author)}` : ''}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${esc(manifest.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(manifest.title)}</title>
${manifest.editor ? `<meta name="author" content="${esc(manifest.editor)}">` : ''}
<style>
body { max-width: 40em; margin: 0 auto; padding: 1em; font: 1.125rem/1.6 "Atkinson Hyperlegible", system-ui, sans-serif; color: #1a1a1a; background: #fff; }
a { color: #7a2418; }
.note-call { vertical-align: super; font-size: 0.8em; }
.note { margin: 0.5em 0 1em 1.5em; font-size: 0.9em; }
.note p { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #767676; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.num { text-align: right; }
:focus { outline: 3px solid #7a2418; outline-offset: 2px; }
</style>
</head>
<body>
<a href="#main">${w.skipToBook}</a>
<header>
<h1>${esc(manifest.title)}</h1>
${manifest.subtitle ? `<p>${esc(manifest.subtitle)}</p>` : ''}
${manifest.editor ? `<p>${w.editedBy} ${esc(manifest.editor)}</p>` : ''}
${manifest.date ? `<p>${esc(formatDate(manifest.date, w.lang))}</p>` : ''}
</header>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">${w.contents}</h2>
<ul>
${entry(parts[0])}
${texts}
${entry(parts[1])}
${entry(parts[2])}
</ul>
</nav>
<main id="main">
${introduction}
${articles.join('\n')}
${concordance}
${glossary}
</main>
</body>
</html>
`;
}

/**
 * Each text as an <article> (its body, its notes after their calls, its questions). An
 * article reads its text, its manifest entry, its number and the language: a build that
 * made it ahead (while the book was laid out), or an earlier build of a --watch for an
 * unchanged text, has it in the text's derived cache.
 */
export function accessibleArticles(
  input: ComposeInput,
  templates = loadTemplatesSync(input.manifest.templates ? join(input.root, input.manifest.templates) : undefined, input.root),
): string[] {
  const { manifest } = input;
  const words = bookWords(bookLanguage(manifest));
  return input.texts.map(({ meta, doc, derived }, i) =>
    derived.get('accessible-article', JSON.stringify([meta, i + 1, manifest.language, words.lang, manifest.templates ?? '']), () => {
      const body = textToHtml(doc.tree, meta.id, { hyphenate: false, language: meta.language ?? manifest.language, paragraphNumbers: 'none' });
      // The paged edition's notes partial: notes no call points to, and the editor's note on calls with no note.
      const notes = templates.partial('notes', {
        id: meta.id,
        orphanNotes: body.orphanNotes.map((n) => ({ ...n, html: new Handlebars.SafeString(n.html) })),
        missingNotes: missingNoteCalls(doc.tree),
        words,
      });
      return article(meta, body, i + 1, ownLandmarks(shiftHeadings(notes), meta.id, meta.title), words);
    }),
  );
}

/**
 * After each reference (`a.ref`), the printed page of its target, as the paged edition prints it
 * (its template writes ", p. " only there, Paged.js the number); in a topic matrix cell
 * (`a.pageref`), the page alone, as printed.
 */
function pageReferences(html: string, pages: Record<string, number>): string {
  if (!html.trim()) return '';
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${html}</div></body></html>`);
  const root = document.getElementById('body')!;
  for (const a of Array.from(root.querySelectorAll('a.ref[href^="#"], a.pageref[href^="#"]')) as Element[]) {
    let id = a.getAttribute('href')!.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // kept as written
    }
    const page = pages[id];
    if (page !== undefined) a.append(document.createTextNode(a.classList.contains('pageref') ? String(page) : `, p.\u00a0${page}`));
  }
  return root.innerHTML;
}

/**
 * The paged edition names a text's notes sections for that text alone; in one document with
 * every text, each landmark also takes its text's title, so that two texts' stay apart (axe: landmark-unique).
 */
function ownLandmarks(html: string, id: string, title: string): string {
  if (!html.trim()) return '';
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${html}</div></body></html>`);
  const root = document.getElementById('body')!;
  for (const el of Array.from(root.querySelectorAll('section[aria-labelledby], aside[aria-labelledby]')) as Element[])
    el.setAttribute('aria-labelledby', `${el.getAttribute('aria-labelledby')} ${id}-title`);
  for (const el of Array.from(root.querySelectorAll('section[aria-label], aside[aria-label]')) as Element[])
    el.setAttribute('aria-label', `${el.getAttribute('aria-label')}: ${title}`);
  return root.innerHTML;
}

/** Headings one level down (the page's H1 is the reader's title); empty stays empty. */
function shiftHeadings(html: string): string {
  if (!html.trim()) return '';
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${html}</div></body></html>`);
  const root = document.getElementById('body')!;
  shiftHeadingsIn(document, root);
  return root.innerHTML;
}

/** shiftHeadings on a document already parsed (`root` holds the HTML). */
function shiftHeadingsIn(document: Document, root: Element): void {
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5')) as Element[]) {
    const level = Math.min(6, Number(h.tagName[1]) + 1);
    const repl = document.createElement(`h${level}`);
    for (const a of Array.from(h.attributes) as Attr[]) repl.setAttribute(a.name, a.value);
    repl.innerHTML = h.innerHTML;
    h.replaceWith(repl);
  }
}

/** The block a note follows; in a list item, cell or quote, it is put inside, at the end. */
const NOTE_HOST = 'p, h1, h2, h3, h4, h5, h6, li, dt, dd, td, th, figcaption, blockquote';
const INSIDE = new Set(['li', 'dt', 'dd', 'td', 'th', 'figcaption', 'blockquote']);

function article(meta: ComposeInput['texts'][number]['meta'], body: ReturnType<typeof textToHtml>, number: number, notesPartial: string, w: BookWords): string {
  // One parse of the body: its headings shifted in place (shiftHeadings parsed it, wrote it out and this parsed it again).
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${body.html.trim() ? body.html : ''}</div></body></html>`);
  const root = document.getElementById('body')!;
  shiftHeadingsIn(document, root);
  // Each note follows the block that calls it, as the tagged PDF has it (a Note after the
  // calling paragraph): the same words in the same order, and no heading the print lacks.
  const lastAfter = new Map<Element, Element>();
  for (const note of Array.from(root.querySelectorAll('.footnote')) as Element[]) {
    const id = note.getAttribute('id') ?? '';
    const call = root.querySelector(`a.note-call[href="#${id}"]`);
    const callId = call?.getAttribute('id') ?? `${id}-call`;
    const label = (note.querySelector('.note-num')?.textContent ?? call?.textContent ?? '').trim();
    if (call) {
      call.setAttribute('id', callId);
      call.setAttribute('role', 'doc-noteref');
      call.setAttribute('aria-label', w.noteCall.replace('{0}', call.textContent ?? '').trim());
    }
    note.querySelector('.note-num')?.remove();
    const aside = document.createElement('aside');
    aside.setAttribute('id', id);
    aside.setAttribute('role', 'doc-footnote');
    aside.setAttribute('class', 'note');
    aside.innerHTML = `<p><a href="#${esc(callId)}" role="doc-backlink" aria-label="${esc(w.noteBack.replace('{0}', label))}">${esc(label)}</a> ${note.innerHTML.trim()}</p>`;
    const block = note.closest(NOTE_HOST) ?? root;
    if (block === root || INSIDE.has(block.tagName.toLowerCase())) block.appendChild(aside);
    else (lastAfter.get(block) ?? block).after(aside);
    lastAfter.set(block, aside);
    note.remove();
  }
  const id = esc(meta.id);
  const questions = meta.questions.length
    ? `<section aria-labelledby="${id}-questions ${id}-title"><h3 id="${id}-questions">${w.forDiscussion}</h3><ol>${meta.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol></section>`
    : '';
  return `<article id="${id}" aria-labelledby="${id}-title"${meta.language ? ` lang="${esc(meta.language)}"` : ''}>
<header>
<p>${w.text} ${number}</p>
<h2 id="${id}-title">${esc(meta.title)}</h2>
${meta.author ? `<p>${esc(meta.author)}${meta.translator ? `, ${w.translatedBy} ${esc(meta.translator)}` : ''}</p>` : meta.translator ? `<p>${w.translatedByStart} ${esc(meta.translator)}</p>` : ''}
${meta.publication || meta.date ? `<p>${esc([meta.publication, meta.date ? formatDate(meta.date, w.lang) : ''].filter(Boolean).join(', '))}</p>` : ''}
${meta.position ? `<p>${esc(meta.position)}</p>` : ''}
</header>
${root.innerHTML}
${notesPartial}
${questions}
</article>`;
}
