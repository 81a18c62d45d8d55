/**
 * The checker reads a PDF through pdf.js, not through the code that wrote it (src/pdf,
 * src/accessibility): each page's operators as pdf.js's renderer runs them (what is painted,
 * inside which marked content, and the text of each glyph, by the font's own mapping), its
 * annotations, the outline, metadata and catalog flags. The structure tree is walked by
 * raw.ts. A fault in one reader is then caught by the other.
 */
import { loadPdfJs } from '../util/pdfjs.ts';
import { elements, readRaw, type RawFacts } from './raw.ts';

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

export interface PdfView extends RawFacts {
  pages: PageView[];
  lang?: string;
  marked?: boolean;
  suspects?: boolean;
  displayDocTitle?: boolean;
  xmp?: string;
  outline: Array<{ title: string; depth: number }>;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Doc = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Read everything the checklist looks at. */
export async function readPdf(bytes: Uint8Array, signal?: AbortSignal): Promise<PdfView> {
  const pdfjs = await loadPdfJs();
  const raw = await readRaw(bytes);
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    const { info, metadata } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    const prefs = (await doc.getViewerPreferences()) as { DisplayDocTitle?: boolean } | null;
    // MCIDs the tree points at, per page: marked content that no element claims is a finding.
    const referenced = Array.from({ length: doc.numPages }, () => new Set<number>());
    for (const e of elements(raw.roots)) for (const k of e.kids) if ('mcid' in k && referenced[k.page]) referenced[k.page]!.add(k.mcid);
    const pages: PageView[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      // A check nobody waits for any more (a newer watch build) stops between pages.
      signal?.throwIfAborted();
      pages.push(await readPage(pdfjs, doc, i, referenced[i - 1]!));
    }
    const lang = (info as { Language?: unknown }).Language;
    return {
      ...raw,
      pages,
      ...(typeof lang === 'string' ? { lang } : {}),
      ...(markInfo ? { marked: markInfo.Marked, suspects: markInfo.Suspects } : {}),
      ...(typeof prefs?.DisplayDocTitle === 'boolean' ? { displayDocTitle: prefs.DisplayDocTitle } : {}),
      ...(metadata ? { xmp: metadata.getRaw() } : {}),
      outline: flattenOutline((await doc.getOutline()) ?? []),
    };
  } finally {
    await doc.destroy();
  }
}

type Outline = Array<{ title: string; items: Outline }>;

function flattenOutline(items: Outline, depth = 0, out: PdfView['outline'] = []): PdfView['outline'] {
  for (const item of items) {
    out.push({ title: item.title, depth });
    flattenOutline(item.items, depth + 1, out);
  }
  return out;
}

async function readPage(pdfjs: PdfJs, doc: Doc, number: number, referenced: Set<number>): Promise<PageView> {
  const page = await doc.getPage(number);
  try {
    const { OPS, AnnotationMode } = pdfjs;
    const ops = await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE });
    const content = new Map<number, string>();
    const findings = new Set<ContentFinding>();
    const fonts = new Set<string>();
    const missingFonts: string[] = [];
    // Marked content open: 'artifact', an MCID, or null for other sequences.
    const stack: Array<number | 'artifact' | null> = [];
    let artifacts = 0;
    let tagged = 0;
    const open = (tag: string | null, mcid: number | null) => {
      const kind = tag === 'Artifact' ? 'artifact' : mcid;
      if (kind === 'artifact' && tagged > 0) findings.add('artifact-in-tagged');
      if (typeof kind === 'number') {
        if (artifacts > 0) findings.add('tagged-in-artifact');
        if (!referenced.has(kind)) findings.add('unreferenced-mcid');
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
    // An MCID whose sequence drew nothing has no entry: it reads as empty.
    for (const id of referenced) if (!content.has(id)) content.set(id, '');
    for (const name of fonts) {
      const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { missingFile?: boolean; name?: string } | undefined) : undefined;
      if (font?.missingFile) missingFonts.push(font.name ?? name);
    }
    const annotations = (await page.getAnnotations({ intent: 'display' })) as Array<{ subtype?: string; id?: string; contentsObj?: { str?: string } }>;
    const links = annotations
      .filter((a) => a.subtype === 'Link' && a.id)
      .map((a) => ({ id: a.id!, ...(a.contentsObj?.str ? { contents: a.contentsObj.str } : {}) }));
    return { content, findings, links, missingFonts };
  } finally {
    page.cleanup();
  }
}
