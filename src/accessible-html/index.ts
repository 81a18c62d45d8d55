/**
 * The accessible HTML edition: the whole book as one semantic, unpaginated document, for
 * screen readers and reflowing. The introduction (with its tables), the texts, their notes,
 * the concordance and the glossary, as the paged edition has them, through the same partials
 * (with `accessible: true`, references link to paragraphs rather than print pages). Each text
 * is an <article>; its footnotes become linked endnotes (doc-endnotes, with back links). No
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
  // An article reads its text, its manifest entry, its number and the language: in watch mode an unchanged text's is reused.
  const articles = input.texts.map(({ meta, doc, derived }, i) =>
    derived.get('accessible-article', JSON.stringify([meta, i + 1, manifest.language, manifest.templates ?? '']), () => {
      const body = textToHtml(doc.tree, meta.id, { hyphenate: false, language: meta.language ?? manifest.language, paragraphNumbers: 'none' });
      // The paged edition's notes partial: notes no call points to, and the editor's note on calls with no note.
      const notes = templates.partial('notes', {
        id: meta.id,
        orphanNotes: body.orphanNotes.map((n) => ({ ...n, html: new Handlebars.SafeString(n.html) })),
        missingNotes: missingNoteCalls(doc.tree),
      });
      return article(meta, body, i + 1, ownLandmarks(shiftHeadings(notes), meta.id, meta.title));
    }),
  );
  const view = { ...composeView(input), accessible: true, pagesShown: pages !== undefined };
  const withPages = (html: string) => (pages ? pageReferences(html, pages) : html);
  const introduction = withPages(shiftHeadings(templates.partial('introduction', view)));
  const concordance = withPages(shiftHeadings(templates.partial('concordance', view)));
  const glossary = withPages(shiftHeadings(templates.partial('glossary', view)));
  const parts = [introduction && ['introduction', 'Introduction'], concordance && ['concordance', 'Concordance'], glossary && ['glossary', 'Glossary']];
  const entry = (p: (string | undefined)[] | '' | undefined) => (p ? `<li><a href="#${p[0]}">${p[1]}</a></li>` : '');
  const texts = input.texts
    .map(
      ({ meta }) =>
        `<li><a href="#${esc(meta.id)}"${meta.language ? ` lang="${esc(meta.language)}"` : ''}>${esc(meta.title)}</a>${meta.author ? `, ${esc(meta.author)}` : ''}</li>`,
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
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #767676; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
.num { text-align: right; }
:focus { outline: 3px solid #7a2418; outline-offset: 2px; }
</style>
</head>
<body>
<a href="#main">Skip to the book</a>
<header>
<h1>${esc(manifest.title)}</h1>
${manifest.subtitle ? `<p>${esc(manifest.subtitle)}</p>` : ''}
${manifest.editor ? `<p>Edited by ${esc(manifest.editor)}</p>` : ''}
${manifest.date ? `<p>${esc(formatDate(manifest.date))}</p>` : ''}
</header>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ul>
${entry(parts[0])}
<li>The texts
<ol>
${texts}
</ol>
</li>
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
 * After each reference (`a.ref`), the printed page of its target, as the paged edition prints it
 * (its template writes ", p. " only there, Paged.js the number).
 */
function pageReferences(html: string, pages: Record<string, number>): string {
  if (!html.trim()) return '';
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${html}</div></body></html>`);
  const root = document.getElementById('body')!;
  for (const a of Array.from(root.querySelectorAll('a.ref[href^="#"]')) as Element[]) {
    let id = a.getAttribute('href')!.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // kept as written
    }
    const page = pages[id];
    if (page !== undefined) a.append(document.createTextNode(`, p.\u00a0${page}`));
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
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5')) as Element[]) {
    const level = Math.min(6, Number(h.tagName[1]) + 1);
    const repl = document.createElement(`h${level}`);
    for (const a of Array.from(h.attributes) as Attr[]) repl.setAttribute(a.name, a.value);
    repl.innerHTML = h.innerHTML;
    h.replaceWith(repl);
  }
  return root.innerHTML;
}

function article(meta: ComposeInput['texts'][number]['meta'], body: ReturnType<typeof textToHtml>, number: number, notesPartial: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${shiftHeadings(body.html)}</div></body></html>`);
  const root = document.getElementById('body')!;
  const notes: string[] = [];
  for (const note of Array.from(root.querySelectorAll('.footnote')) as Element[]) {
    const id = note.getAttribute('id') ?? '';
    const call = root.querySelector(`a.note-call[href="#${id}"]`);
    const callId = call?.getAttribute('id') ?? `${id}-call`;
    if (call) {
      call.setAttribute('id', callId);
      call.setAttribute('role', 'doc-noteref');
      call.setAttribute('aria-label', `Note ${call.textContent ?? ''}`.trim());
    }
    note.querySelector('.note-num')?.remove();
    notes.push(`<li id="${esc(id)}">${note.innerHTML} <a href="#${esc(callId)}" role="doc-backlink" aria-label="Back to the text">↩</a></li>`);
    note.remove();
  }
  const id = esc(meta.id);
  // Each region is named by its heading and its text's title, so that five "Notes" stay five landmarks apart.
  const endnotes = notes.length
    ? `<section role="doc-endnotes" aria-labelledby="${id}-endnotes ${id}-title"><h3 id="${id}-endnotes">Notes</h3><ol>${notes.join('\n')}</ol></section>`
    : '';
  const questions = meta.questions.length
    ? `<section aria-labelledby="${id}-questions ${id}-title"><h3 id="${id}-questions">For discussion</h3><ol>${meta.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol></section>`
    : '';
  return `<article id="${id}" aria-labelledby="${id}-title"${meta.language ? ` lang="${esc(meta.language)}"` : ''}>
<header>
<p>Text ${number}</p>
<h2 id="${id}-title">${esc(meta.title)}</h2>
${meta.author ? `<p>${esc(meta.author)}${meta.translator ? `, translated by ${esc(meta.translator)}` : ''}</p>` : meta.translator ? `<p>Translated by ${esc(meta.translator)}</p>` : ''}
${meta.publication || meta.date ? `<p>${esc([meta.publication, meta.date ? formatDate(meta.date) : ''].filter(Boolean).join(', '))}</p>` : ''}
${meta.position ? `<p>${esc(meta.position)}</p>` : ''}
</header>
${root.innerHTML}
${endnotes}
${notesPartial}
${questions}
</article>`;
}
