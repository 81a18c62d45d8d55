/**
 * The navigation document: the table of contents (the printed contents page, and in the
 * reading order where the print has it), the landmarks, and the page list of the printed reader.
 */
import type { BookWords } from '../compose/book-words.ts';
import type { PageMark } from './page-breaks.ts';
import { documentOf, type ContentDoc } from './parts.ts';
import { escapeXml } from './xhtml.ts';

export const NAV_FILE = 'nav.xhtml';

/** The navigation document's table of contents and landmarks (the page list is added once pages are marked). */
export function navDoc(
  docs: readonly ContentDoc[],
  options: {
    title: string;
    lang: string;
    /** The book's words for its contents and its landmarks (book-words.ts). Default `Contents`, `Landmarks`. */
    words?: Pick<BookWords, 'contents' | 'landmarks'>;
  },
): ContentDoc {
  const contents = options.words?.contents ?? 'Contents';
  const toc = docs.filter((d) => d.toc).map((d) => `<li><a href="${escapeXml(d.file)}">${escapeXml(d.toc!)}</a></li>`);
  const landmarks = [
    ...docs.filter((d) => d.landmark?.type === 'cover').map((d) => landmark('cover', d.file, d.landmark!.label)),
    landmark('toc', `${NAV_FILE}#contents`, contents),
    ...docs.filter((d) => d.landmark && d.landmark.type !== 'cover').map((d) => landmark(d.landmark!.type, d.file, d.landmark!.label)),
  ];
  const { body } = documentOf(`<nav epub:type="toc" role="doc-toc" id="contents" aria-labelledby="contents-title">
<h1 id="contents-title">${escapeXml(contents)}</h1>
<ol>
${toc.join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" aria-labelledby="landmarks-title" hidden="hidden">
<h2 id="landmarks-title">${escapeXml(options.words?.landmarks ?? 'Landmarks')}</h2>
<ol>
${landmarks.join('\n')}
</ol>
</nav>`);
  return { file: NAV_FILE, title: `${options.title}: ${contents}`, lang: options.lang, body };
}

const landmark = (type: string, href: string, label: string) => `<li><a epub:type="${escapeXml(type)}" href="${escapeXml(href)}">${escapeXml(label)}</a></li>`;

/** Add the page list: every marked page of the printed reader, in page order. */
export function addPageList(
  nav: ContentDoc,
  marks: readonly PageMark[],
  pdfName: string,
  /** The heading's words, `{0}` the printed reader's file (book-words.ts). */
  pageList = 'Pages of the printed reader ({0})',
): void {
  if (marks.length === 0) return;
  const items = [...marks]
    .sort((a, b) => a.page - b.page)
    .map((m) => `<li><a href="${escapeXml(m.file === nav.file ? '' : m.file)}#${escapeXml(m.id)}">${m.page}</a></li>`);
  const { body } = documentOf(`<nav epub:type="page-list" role="doc-pagelist" aria-labelledby="pages-title" hidden="hidden">
<h2 id="pages-title">${escapeXml(pageList.replace('{0}', pdfName))}</h2>
<ol>
${items.join('\n')}
</ol>
</nav>`);
  const doc = nav.body.ownerDocument;
  for (const child of Array.from(body.childNodes)) nav.body.appendChild(doc.importNode(child, true));
}
