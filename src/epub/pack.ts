/**
 * A pack as EPUB: the pack's own HTML (the one its PDF was laid out from) as one content
 * document, its floated print footnotes made EPUB footnotes, with the pages of the pack's PDF.
 */
import { bookLanguage, bookWords, type BookWords } from '../compose/book-words.ts';
import type { Manifest } from '../manifest/schema.ts';
import { assembleEpub, type EpubCommon, type EpubResult } from './index.ts';
import { documentOf, type ContentDoc } from './parts.ts';

export interface PackEpubInput extends Omit<EpubCommon, 'manifest'> {
  manifest: Manifest;
  /** The pack's HTML document (`packs/<topic>.html`). */
  html: string;
  topic: { id: string; title: string };
  authors: readonly string[];
}

export function writePackEpub(input: PackEpubInput): EpubResult {
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(input.html)?.[1] ?? '';
  const { document, body: root } = documentOf(body);
  // Print furniture: running titles, the lined notes page, Paged.js.
  for (const el of Array.from(root.querySelectorAll('script, .running-title, [aria-hidden="true"].notes-page, .pack-notes-page'))) el.remove();
  // The EPUB's document is the main landmark: the pack's own <main> becomes a plain division.
  for (const main of Array.from(root.querySelectorAll('main'))) {
    const div = document.createElement('div');
    for (const a of Array.from(main.attributes)) div.setAttribute(a.name, a.value);
    while (main.firstChild) div.appendChild(main.firstChild);
    main.replaceWith(div);
  }
  floatedNotes(document, root, bookWords(bookLanguage(input.manifest)));
  const title = `${input.topic.title}: ${input.manifest.title}`;
  const doc: ContentDoc = {
    file: 'pack.xhtml',
    title,
    lang: input.manifest.language,
    body: root,
    bodyType: 'bodymatter',
    landmark: { type: 'bodymatter', label: input.topic.title },
    toc: input.topic.title,
  };
  return assembleEpub([doc], input, {
    identity: ['reader-press pack epub', input.manifest.title, input.topic.id].join('\n'),
    title,
    creators: input.manifest.editor ? [input.manifest.editor] : input.authors,
    contributors: input.manifest.editor ? input.authors : [],
  });
}

/**
 * Print sets each note where it is called (`span.footnote`, floated to the page's foot by
 * Paged.js). In the EPUB each becomes an `aside` footnote after its section, its number linking
 * back to the call.
 */
function floatedNotes(document: Document, root: Element, words: Pick<BookWords, 'noteBack'>): void {
  for (const span of Array.from(root.querySelectorAll('span.footnote[id]'))) {
    const id = span.getAttribute('id')!;
    const call = root.querySelector(`a.note-call[href="#${id}"]`);
    const label = (span.querySelector('.note-num')?.textContent ?? call?.textContent ?? '').trim();
    span.querySelector('.note-num')?.remove();
    const aside = document.createElement('aside');
    aside.setAttribute('id', id);
    aside.setAttribute('epub:type', 'footnote');
    aside.setAttribute('role', 'doc-footnote');
    const p = document.createElement('p');
    if (call) {
      if (!call.getAttribute('id')) call.setAttribute('id', `${id}-call`);
      call.setAttribute('epub:type', 'noteref');
      const back = document.createElement('a');
      back.setAttribute('href', `#${call.getAttribute('id')}`);
      back.setAttribute('role', 'doc-backlink');
      back.setAttribute('class', 'note-back');
      back.setAttribute('aria-label', words.noteBack.replace('{0}', label));
      back.textContent = label;
      p.appendChild(back);
      p.appendChild(document.createTextNode(' '));
    }
    while (span.firstChild) p.appendChild(span.firstChild);
    aside.appendChild(p);
    // After the section (or excerpt) that calls it, in a notes block of its own.
    const home = span.closest('section, article') ?? root;
    let notes = Array.from(home.children).find((c) => c.classList.contains('notes'));
    if (!notes) {
      notes = document.createElement('div');
      notes.setAttribute('class', 'notes');
      notes.setAttribute('epub:type', 'footnotes');
      home.appendChild(notes);
    }
    notes.appendChild(aside);
    span.remove();
  }
}
