/**
 * The accessible HTML edition: one semantic, unpaginated document. Each text is an
 * <article>; its footnotes become linked endnotes (doc-endnotes) at the article's end,
 * each with a link back to its call. No Paged.js, no running heads, no hyphenation.
 */
import { parseHTML } from 'linkedom';
import type { ComposeInput } from '../compose/index.ts';
import { textToHtml } from '../compose/markdown-to-html.ts';
import { escapeHtml } from '../util/escape-html.ts';

const esc = escapeHtml;

/** Build `reader.accessible.html` from the same input as the paged edition. */
export function accessibleHtml(input: ComposeInput): string {
  const { manifest } = input;
  // An article reads its text, its manifest entry, its number and the language: in watch mode an unchanged text's is reused.
  const articles = input.texts.map(({ meta, doc, derived }, i) =>
    derived.get('accessible-article', JSON.stringify([meta, i + 1, manifest.language]), () => article(meta, textToHtml(doc.tree, meta.id, { hyphenate: false, language: meta.language ?? manifest.language, paragraphNumbers: 'none' }), i + 1)),
  );
  const toc = input.texts.map(({ meta }, i) => `<li><a href="#${esc(meta.id)}">${i + 1}. ${esc(meta.title)}</a>${meta.author ? `, ${esc(meta.author)}` : ''}</li>`).join('\n');
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
:focus { outline: 3px solid #7a2418; outline-offset: 2px; }
</style>
</head>
<body>
<a href="#main">Skip to the texts</a>
<header>
<h1>${esc(manifest.title)}</h1>
${manifest.subtitle ? `<p>${esc(manifest.subtitle)}</p>` : ''}
${manifest.editor ? `<p>Edited by ${esc(manifest.editor)}</p>` : ''}
</header>
<nav aria-labelledby="contents-title">
<h2 id="contents-title">Contents</h2>
<ol>
${toc}
</ol>
</nav>
<main id="main">
${articles.join('\n')}
</main>
</body>
</html>
`;
}

function article(meta: ComposeInput['texts'][number]['meta'], body: ReturnType<typeof textToHtml>, number: number): string {
  // Headings inside a text shift down one level: the page's H1 is the reader's title.
  const { document } = parseHTML(`<!doctype html><html><body><div id="body">${body.html}</div></body></html>`);
  const root = document.getElementById('body')!;
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5')) as Element[]) {
    const level = Math.min(6, Number(h.tagName[1]) + 1);
    const repl = document.createElement(`h${level}`);
    for (const a of Array.from(h.attributes) as Attr[]) repl.setAttribute(a.name, a.value);
    repl.innerHTML = h.innerHTML;
    h.replaceWith(repl);
  }
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
  for (const n of body.orphanNotes) notes.push(`<li id="${esc(n.id)}">${n.html}</li>`);
  const endnotes = notes.length
    ? `<section role="doc-endnotes" aria-labelledby="${esc(meta.id)}-notes"><h3 id="${esc(meta.id)}-notes">Notes</h3><ol>${notes.join('\n')}</ol></section>`
    : '';
  const questions = meta.questions.length
    ? `<section aria-labelledby="${esc(meta.id)}-questions"><h3 id="${esc(meta.id)}-questions">For discussion</h3><ol>${meta.questions.map((q) => `<li>${esc(q)}</li>`).join('')}</ol></section>`
    : '';
  return `<article id="${esc(meta.id)}" aria-labelledby="${esc(meta.id)}-title"${meta.language ? ` lang="${esc(meta.language)}"` : ''}>
<header>
<p>Text ${number}</p>
<h2 id="${esc(meta.id)}-title">${esc(meta.title)}</h2>
${meta.author ? `<p>${esc(meta.author)}${meta.translator ? `, translated by ${esc(meta.translator)}` : ''}</p>` : meta.translator ? `<p>Translated by ${esc(meta.translator)}</p>` : ''}
${meta.publication ? `<p>${esc(meta.publication)}</p>` : ''}
${meta.position ? `<p>${esc(meta.position)}</p>` : ''}
</header>
${root.innerHTML}
${endnotes}
${questions}
</article>`;
}
