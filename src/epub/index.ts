/**
 * The EPUB 3 edition: the same book as the printed reader, reflowable, with the printed
 * reader's page numbers (page-break markers and a page list) so that "page 47, paragraph 3"
 * is the same place on paper and on a phone.
 *
 * parts.ts (content documents from the accessible and paged HTML) -> links.ts (page
 * references, links across documents, images) -> page-breaks.ts (printed pages) -> nav.ts ->
 * package.ts (OPF with accessibility metadata) -> zip.ts.
 */
import { bookLanguage, bookWords } from '../compose/book-words.ts';
import { createHash } from 'node:crypto';
import { accessibleHtml } from '../accessible-html/index.ts';
import type { ReaderAnalysis } from '../analyze/types.ts';
import type { Manifest } from '../manifest/schema.ts';
import type { PreparedText } from '../types.ts';
import { carryImages, fillPageRefs, idFiles, resolveLinks } from './links.ts';
import { addPageList, navDoc } from './nav.ts';
import { CONTENT_DIR, containerXml, PACKAGE_FILE, packageDocument, type PackageItem } from './package.ts';
import { markPages, type PageMark } from './page-breaks.ts';
import { contentDocs, type ContentDoc } from './parts.ts';
import { toXhtml, xhtmlDocument } from './xhtml.ts';
import { zip, type ZipEntry } from './zip.ts';

export interface EpubInput {
  manifest: Manifest;
  root: string;
  texts: PreparedText[];
  analysis: ReaderAnalysis;
  /** The paged HTML compose made (cover, introduction, concordance, glossary come from it). */
  composedHtml: string;
  /** The laid-out edition: the page of every id, its page count, the first words of pages that open mid-paragraph. */
  anchors: Record<string, number>;
  pages: number;
  continuations?: Record<number, string[]>;
  /** Pages left blank so that a part starts on a right-hand page. */
  blankPages?: readonly number[];
  /** The PDF whose pages are marked (`reader.pdf`). */
  pdfName: string;
  /** `dcterms:modified` and the ZIP entries' date. */
  modified: Date;
  /** Reflowable style sheets, in order (the defaults, then the user's `styles/epub/`). */
  stylesheets: ReadonlyArray<{ name: string; content: string }>;
}

export interface EpubResult {
  bytes: Uint8Array;
  /** Content documents in reading order (navigation document included). */
  documents: string[];
  marks: PageMark[];
  /** Printed pages the EPUB could not place (no element starts on them, and they open in no paragraph): not in its page list. */
  unplaced: number[];
  /** Page references given their printed page. */
  pageRefs: number;
  /** Links whose target is in no document, made plain text. */
  unresolved: string[];
  /** Remote or unreadable images replaced by their alternative text. */
  imagesReplaced: number;
}

export function writeEpub(input: EpubInput): EpubResult {
  const { manifest } = input;
  const accessible = accessibleHtml({ manifest, texts: input.texts, analysis: input.analysis, root: input.root });
  const parts = contentDocs({ composedHtml: input.composedHtml, accessibleHtml: accessible, manifest, texts: input.texts });
  const authors = [...new Set(manifest.texts.map((t) => t.author).filter(Boolean))];
  return assembleEpub(parts, input, {
    identity: ['reader-press epub', manifest.title, manifest.editor ?? '', ...manifest.texts.map((t) => t.id)].join('\n'),
    title: manifest.title,
    ...(manifest.subtitle ? { subtitle: manifest.subtitle } : {}),
    creators: manifest.editor ? [manifest.editor] : authors,
    contributors: manifest.editor ? authors : [],
  });
}

/** What the package says about a book besides its contents. */
export interface EpubIdentity {
  /** Hashed into the publication's identifier: stable for the same book. */
  identity: string;
  title: string;
  subtitle?: string;
  creators: readonly string[];
  contributors: readonly string[];
}

/** The layout facts and settings every EPUB of ours is made from. */
export type EpubCommon = Pick<EpubInput, 'manifest' | 'anchors' | 'pages' | 'continuations' | 'blankPages' | 'pdfName' | 'modified' | 'stylesheets'>;

/**
 * Content documents -> an EPUB: page references, images, the navigation document (after a
 * cover, first otherwise), page markers and page list, links across documents, the package, the ZIP.
 */
export function assembleEpub(parts: ContentDoc[], input: EpubCommon, who: EpubIdentity): EpubResult {
  const { manifest } = input;
  const pageRefs = fillPageRefs(parts, input.anchors);
  const { images, replaced } = carryImages(parts);
  const words = bookWords(bookLanguage(manifest));
  const nav = navDoc(parts, { title: who.title, lang: manifest.language, words });
  // The contents come where the print has them: after the cover.
  const coverFirst = parts[0]?.file === 'cover.xhtml' ? 1 : 0;
  const docs = [...parts.slice(0, coverFirst), nav, ...parts.slice(coverFirst)];
  const { marks, unplaced } = markPages(docs, input);
  addPageList(nav, marks, input.pdfName, words.pageList);
  const unresolved = resolveLinks(docs, idFiles(docs));

  const css = input.stylesheets.map((s) => ({ href: `css/${s.name}`, content: s.content }));
  const files: Array<PackageItem & { data: string | Uint8Array }> = [];
  for (const doc of docs) {
    const body = toXhtml(doc.body);
    files.push({
      href: doc.file,
      mediaType: 'application/xhtml+xml',
      spine: true,
      ...(doc === nav ? { properties: 'nav' } : {}),
      data: xhtmlDocument({ title: doc.title, lang: doc.lang, body, stylesheets: css.map((c) => c.href), ...(doc.bodyType ? { bodyType: doc.bodyType } : {}) }),
    });
  }
  for (const c of css) files.push({ href: c.href, mediaType: 'text/css', data: c.content });
  for (const img of images) files.push({ href: img.file, mediaType: img.mediaType, data: img.data });

  const identifier = uuidUrn(who.identity);
  const opf = packageDocument(
    {
      identifier,
      title: who.title,
      ...(who.subtitle ? { subtitle: who.subtitle } : {}),
      language: manifest.language,
      creators: who.creators,
      contributors: who.contributors,
      ...(manifest.date ? { date: String(manifest.date) } : {}),
      modified: input.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      printSource: {
        identifier: uuidUrn(`${identifier}\n${input.pdfName}\n${input.pages}\n${manifest.page_size}`),
        description: `The EPUB edition of the printed ${input.pdfName} (${input.pages} pages, ${manifest.page_size}), set from the same texts. Its page-break markers and page list follow the printed pages.`,
      },
      accessibilityFeatures: [
        'tableOfContents',
        'structuralNavigation',
        'readingOrder',
        'pageNavigation',
        'printPageNumbers',
        'pageBreakMarkers',
        ...(parts.some((p) => p.landmark?.type === 'index') ? ['index'] : []),
        ...(images.length ? ['alternativeText'] : []),
        'displayTransformability',
      ],
      accessibilitySummary: `A reflowable edition of the printed ${input.pdfName}, with the same texts in the same order. The contents, landmarks and headings give the structure; notes are footnotes linked to their calls and back; page-break markers and a page list give the printed page numbers (${marks.length} of its ${input.pages} pages), and paragraphs carry their printed numbers. Text only: no images without a text alternative, no audio, video or flashing content.`,
    },
    files,
  );
  const entries: ZipEntry[] = [
    // The OCF: `mimetype` first, stored, so the file type can be read at a fixed offset.
    { name: 'mimetype', data: 'application/epub+zip', store: true },
    { name: 'META-INF/container.xml', data: containerXml },
    { name: PACKAGE_FILE, data: opf },
    ...files.map((f) => ({ name: `${CONTENT_DIR}/${f.href}`, data: f.data })),
  ];
  return { bytes: zip(entries, input.modified), documents: docs.map((d) => d.file), marks, unplaced, pageRefs, unresolved, imagesReplaced: replaced };
}

/** A name-based UUID (the version 5 layout, over sha256) as a URN: stable for the same reader. */
function uuidUrn(name: string): string {
  const h = createHash('sha256').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
