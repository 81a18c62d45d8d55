/**
 * The book's parts as EPUB content documents. The texts come from the accessible HTML edition
 * (its articles, with their endnotes made EPUB footnotes); the cover, introduction,
 * concordance and glossary from the paged HTML that compose rendered through the templates
 * (a user's template overrides included), with the page numbers Paged.js would have printed
 * filled in from the layout's anchors. No third renderer of the texts.
 */
import { parseHTML } from 'linkedom';
import type { ComposeInput } from '../compose/index.ts';
import { bookLanguage, bookWords } from '../compose/book-words.ts';
import type { Manifest } from '../manifest/schema.ts';

/** One content document, as a DOM the later steps (links, page breaks) still change. */
export interface ContentDoc {
  /** File name inside the EPUB's content folder: `introduction.xhtml`. */
  file: string;
  title: string;
  lang: string;
  /** The document's body (a linkedom element); its children are the content. */
  body: Element;
  /** `epub:type` of the body. */
  bodyType?: string;
  /** Landmark (`cover`, `bodymatter`, `index`, `glossary`, …) and its label. */
  landmark?: { type: string; label: string };
  /** The line in the table of contents; none for the cover. */
  toc?: string;
}

/** A fresh document whose body holds `html`. */
export function documentOf(html: string): { document: Document; body: Element } {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return { document, body: document.body };
}

const outer = (el: Element | null | undefined) => (el ? el.outerHTML : '');

/**
 * Split the paged HTML and the accessible edition into content documents, in reading order
 * (the navigation document, which stands for the printed contents, is made by nav.ts).
 */
export function contentDocs(input: { composedHtml: string; accessibleHtml: string; manifest: Manifest; texts: ComposeInput['texts'] }): ContentDoc[] {
  const { manifest } = input;
  // The landmarks' labels in the book's own words (the back matter's are its headings, already in them).
  const words = bookWords(bookLanguage(manifest));
  const book = parseHTML(input.composedHtml).document;
  const accessible = parseHTML(input.accessibleHtml).document;
  const docs: ContentDoc[] = [];
  const cover = book.getElementById('cover');
  if (cover) {
    // The running title is page furniture for the print's running heads, not content.
    for (const el of Array.from(cover.querySelectorAll('.running-title'))) el.remove();
    const { body } = documentOf(outer(cover));
    docs.push({
      file: 'cover.xhtml',
      title: manifest.title,
      lang: manifest.language,
      body,
      bodyType: 'cover',
      landmark: { type: 'cover', label: words.cover },
    });
  }
  const intro = book.getElementById('introduction');
  if (intro) {
    const { body } = documentOf(outer(intro));
    setRole(body.firstElementChild, 'introduction', 'doc-introduction');
    docs.push({
      file: 'introduction.xhtml',
      title: headingText(intro) ?? words.introduction,
      lang: manifest.language,
      body,
      bodyType: 'frontmatter',
      toc: headingText(intro) ?? words.introduction,
    });
  }
  input.texts.forEach(({ meta }, i) => {
    const article = accessible.getElementById(meta.id);
    if (!article) return;
    const { document, body } = documentOf(outer(article));
    const lang = meta.language ?? manifest.language;
    const root = body.firstElementChild!;
    setRole(root, 'chapter', undefined);
    if (meta.language) root.setAttribute('xml:lang', meta.language);
    shiftHeadings(document, body);
    obsoleteAttributes(body);
    numberParagraphs(document, body, manifest.paragraph_numbers);
    footnotes(body);
    docs.push({
      file: `text-${meta.id}.xhtml`,
      title: meta.title,
      lang,
      body,
      bodyType: 'bodymatter',
      ...(i === 0 ? { landmark: { type: 'bodymatter', label: words.theTexts } } : {}),
      toc: `${i + 1}. ${meta.title}${meta.author ? `, ${meta.author}` : ''}`,
    });
  });
  // The back matter: one content document per part, with its landmark and contents entry.
  for (const [id, fallback, epubType, role] of [
    ['concordance', words.concordance, 'index', 'doc-index'],
    ['glossary', words.glossary, 'glossary', 'doc-glossary'],
  ] as const) {
    const part = book.getElementById(id);
    if (!part) continue;
    const { body } = documentOf(outer(part));
    setRole(body.firstElementChild, epubType, role);
    const title = headingText(part) ?? fallback;
    docs.push({ file: `${id}.xhtml`, title, lang: manifest.language, body, bodyType: 'backmatter', landmark: { type: epubType, label: title }, toc: title });
  }
  return docs;
}

/** HTML's obsolete presentational attributes (GFM's table `align`) as the CSS EPUB allows. */
function obsoleteAttributes(body: Element): void {
  for (const el of Array.from(body.querySelectorAll('[align]'))) {
    const align = el.getAttribute('align')!;
    el.removeAttribute('align');
    if (/^(left|right|center|justify)$/.test(align)) el.setAttribute('style', `text-align: ${align}`);
  }
}

function setRole(el: Element | null, epubType: string, role: string | undefined): void {
  if (!el) return;
  el.setAttribute('epub:type', epubType);
  if (role) el.setAttribute('role', role);
}

function headingText(el: Element): string | undefined {
  return (
    el
      .querySelector('h1')
      ?.textContent?.replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim() || undefined
  );
}

/** The accessible edition's article title is an H2 under the page's H1; in its own document it is the H1. */
function shiftHeadings(document: Document, body: Element): void {
  for (const h of Array.from(body.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const repl = document.createElement(`h${Number(h.tagName[1]) - 1}`);
    for (const a of Array.from(h.attributes)) repl.setAttribute(a.name, a.value);
    while (h.firstChild) repl.appendChild(h.firstChild);
    h.replaceWith(repl);
  }
}

/** Paragraph numbers as in print (manifest `paragraph_numbers`): a span before the text, hidden from assistive technology as in print. */
function numberParagraphs(document: Document, body: Element, mode: Manifest['paragraph_numbers']): void {
  if (mode === 'none') return;
  const numbered = Array.from(body.querySelectorAll('[data-para]'));
  const last = numbered.length;
  for (const el of numbered) {
    const n = Number(el.getAttribute('data-para'));
    if (mode === 'every-5' && n !== 1 && n % 5 !== 0 && n !== last) continue;
    const span = document.createElement('span');
    span.setAttribute('class', 'para-num');
    span.setAttribute('aria-hidden', 'true');
    span.textContent = String(n);
    el.insertBefore(span, el.firstChild);
  }
}

/**
 * The accessible edition's footnotes (an aside after the calling block, its number a link back
 * to the call) become EPUB 3 footnotes: `epub:type` on the note and on its calls.
 */
function footnotes(body: Element): void {
  const notes = Array.from(body.querySelectorAll('aside[role="doc-footnote"]'));
  if (!notes.length) return;
  for (const call of Array.from(body.querySelectorAll('a.note-call'))) call.setAttribute('epub:type', 'noteref');
  for (const note of notes) {
    note.setAttribute('epub:type', 'footnote');
    note.querySelector('a[role="doc-backlink"]')?.setAttribute('class', 'note-back');
  }
}
