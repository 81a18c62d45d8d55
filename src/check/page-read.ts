/**
 * The checker's reading of the pages, through pdf.js, not through the code that wrote them
 * (src/pdf, src/accessibility): each page's operators as pdf.js's renderer runs them (what is
 * painted, inside which marked content, and the text of each glyph, by the font's own mapping),
 * its annotations, and the document's outline, metadata and catalog flags. It runs in the
 * page-reader workers (page-readers.ts), each reading a share of the pages.
 */
import { loadPdfJs } from '../util/pdfjs.ts';

/** Painting outside any tagged or artifact sequence, or a bad nesting, on a page. */
export type ContentFinding = 'untagged' | 'artifact-in-tagged' | 'tagged-in-artifact' | 'unreferenced-mcid';

export interface PageView {
  /** The text of each marked-content sequence, by MCID: its glyphs' text as drawn, nothing added (no space where a line ends). */
  content: Map<number, string>;
  findings: Set<ContentFinding>;
  links: Array<{ id: string; contents?: string }>;
  /** Fonts the page's text uses that are not embedded. */
  missingFonts: string[];
}

/** An outline item, by its depth (0: top level). */
export interface OutlineEntry {
  title: string;
  depth: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Doc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** A page as one pdf.js reader saw it (page-readers.ts); readPdf (read.ts) adds what needs the structure tree. */
export interface PageRead extends PageView {
  /** The MCIDs of the marked content it opened. */
  opened: number[];
}

/** What the document says of itself, read once (by the first of the page readers). */
export interface DocumentFacts {
  numPages: number;
  lang?: string;
  marked?: boolean;
  suspects?: boolean;
  displayDocTitle?: boolean;
  xmp?: string;
  outline: OutlineEntry[];
}

/** One reader's share of a PDF: every page whose index (0-based) is `index` modulo `of`. */
export interface Share {
  index: number;
  of: number;
}

export interface ShareRead {
  /** Page number (1-based) -> what it holds. */
  pages: Array<[number, PageRead]>;
  /** The document's own facts: from share 0 only. */
  document?: DocumentFacts;
}

/**
 * Read one share of the pages with pdf.js, in this thread (a page-reader worker runs this:
 * page-reader.ts). Pages interleave across the shares, so each gets as many text-heavy pages.
 */
export async function readShare(bytes: Uint8Array, share: Share): Promise<ShareRead> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const pages: ShareRead['pages'] = [];
    for (let i = share.index + 1; i <= doc.numPages; i += share.of) pages.push([i, await readPage(pdfjs, doc, i)]);
    if (share.index !== 0) return { pages };
    const { info, metadata } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    const prefs = (await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    const lang = (info as { Language?: unknown }).Language;
    const document: DocumentFacts = {
      numPages: doc.numPages,
      ...(typeof lang === 'string' ? { lang } : {}),
      ...(markInfo ? { marked: markInfo.Marked, suspects: markInfo.Suspects } : {}),
      ...(typeof prefs?.DisplayDocTitle === 'boolean' ? { displayDocTitle: prefs.DisplayDocTitle } : {}),
      ...(metadata ? { xmp: metadata.getRaw() } : {}),
      outline: flattenOutline((await doc.getOutline()) ?? []),
    };
    return { pages, document };
  } finally {
    await doc.destroy();
  }
}

type Outline = Array<{ title: string; items: Outline }>;

function flattenOutline(items: Outline, depth = 0, out: OutlineEntry[] = []): OutlineEntry[] {
  for (const item of items) {
    out.push({ title: item.title, depth });
    flattenOutline(item.items, depth + 1, out);
  }
  return out;
}

async function readPage(pdfjs: PdfJs, doc: Doc, number: number): Promise<PageRead> {
  const page = await doc.getPage(number);
  try {
    const { OPS, AnnotationMode } = pdfjs;
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const content = new Map<number, string>();
    const findings = new Set<ContentFinding>();
    const fonts = new Set<string>();
    const missingFonts: string[] = [];
    const opened = new Set<number>();
    // Marked content open: 'artifact', an MCID, or null for other sequences.
    const stack: Array<number | 'artifact' | null> = [];
    let artifacts = 0;
    let tagged = 0;
    const open = (tag: string | null, mcid: number | null) => {
      const kind = tag === 'Artifact' ? 'artifact' : mcid;
      if (kind === 'artifact' && tagged > 0) findings.add('artifact-in-tagged');
      if (typeof kind === 'number') {
        if (artifacts > 0) findings.add('tagged-in-artifact');
        opened.add(kind);
        tagged++;
      }
      if (kind === 'artifact') artifacts++;
      stack.push(kind);
    };
    const paint = () => {
      if (artifacts === 0 && tagged === 0) findings.add('untagged');
    };
    // Glyphs count toward the outermost MCID open, as a reader of the tags takes them.
    const textInto = () => stack.find((k): k is number => typeof k === 'number');
    // pdf.js gives a tag as a string, or (beginMarkedContent) as its Name object.
    const tagOf = (a: unknown) =>
      typeof a === 'string' ? a : typeof (a as { name?: unknown } | null)?.name === 'string' ? (a as { name: string }).name : null;
    for (let k = 0; k < ops.fnArray.length; k++) {
      const fn = ops.fnArray[k];
      const args = ops.argsArray[k] as unknown[] | null;
      switch (fn) {
        case OPS.beginMarkedContent:
          open(tagOf(args?.[0]), null);
          break;
        case OPS.beginMarkedContentProps:
          open(tagOf(args?.[0]), typeof args?.[1] === 'number' ? args[1] : null);
          break;
        case OPS.endMarkedContent: {
          const kind = stack.pop();
          if (kind === 'artifact') artifacts--;
          else if (typeof kind === 'number') tagged--;
          break;
        }
        case OPS.setFont:
          if (typeof args?.[0] === 'string') fonts.add(args[0]);
          break;
        case OPS.showText:
        case OPS.showSpacedText:
        case OPS.nextLineShowText:
        case OPS.nextLineSetSpacingShowText: {
          paint();
          const into = textInto();
          if (into === undefined) break;
          const glyphs = (fn === OPS.nextLineSetSpacingShowText ? args?.[2] : args?.[0]) as Array<{ unicode?: string } | number | null> | undefined;
          let text = content.get(into) ?? '';
          for (const g of glyphs ?? []) if (g && typeof g === 'object' && typeof g.unicode === 'string') text += g.unicode;
          content.set(into, text);
          break;
        }
        case OPS.constructPath:
          if (args?.[0] !== OPS.endPath) paint();
          break;
        case OPS.shadingFill:
        case OPS.paintImageXObject:
        case OPS.paintInlineImageXObject:
        case OPS.paintImageMaskXObject:
        case OPS.paintImageXObjectRepeat:
        case OPS.paintImageMaskXObjectRepeat:
        case OPS.paintInlineImageXObjectGroup:
        case OPS.paintImageMaskXObjectGroup:
        case OPS.paintSolidColorImageMask:
          paint();
          break;
      }
    }
    for (const name of fonts) {
      const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { missingFile?: boolean; name?: string } | undefined) : undefined;
      if (font?.missingFile) missingFonts.push(font.name ?? name);
    }
    const annotations = (await page.getAnnotations({ intent: 'display' })) as Array<{ subtype?: string; id?: string; contentsObj?: { str?: string } }>;
    const links = annotations
      .filter((a) => a.subtype === 'Link' && a.id)
      .map((a) => ({ id: a.id!, ...(a.contentsObj?.str ? { contents: a.contentsObj.str } : {}) }));
    return { content, findings, links, missingFonts, opened: [...opened] };
  } finally {
    page.cleanup();
  }
}
