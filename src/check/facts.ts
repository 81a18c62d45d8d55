import { PDFArray, PDFBool, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, PDFStream, PDFDocument, type PDFObject } from 'pdf-lib';
import { pageBytes, streamBytes } from '../accessibility/page-content.ts';
import { readPageText, type PageText } from '../accessibility/page-text.ts';
import { readStructTree, walk, type StructNode } from '../accessibility/struct-tree.ts';
import { scanContent } from './content.ts';
import { loadPdf } from '../util/pdf-io.ts';

const N = (s: string) => PDFName.of(s);

/** A painted operation outside any tagged or artifact sequence, or a bad nesting. */
export interface ContentFinding {
  page: number;
  kind: 'untagged' | 'artifact-in-tagged' | 'tagged-in-artifact' | 'unreferenced-mcid';
}

/** Everything the checklist looks at, read from the PDF alone. */
export interface PdfFacts {
  pages: number;
  catalog: { lang?: string; marked?: boolean; suspects?: boolean; displayDocTitle?: boolean; hasMetadata: boolean; roleMap: Map<string, string> };
  xmp: { title?: string; creators: string[]; language?: string; pdfuaPart?: string };
  elements: StructNode[];
  /** Link annotations: page, whether it has Contents, the type of the element holding its OBJR. */
  links: Array<{ page: number; contents?: string; ownerType?: string }>;
  /** Pages that have annotations but no /Tabs /S. */
  pagesWithoutTabs: number[];
  fonts: Array<{ name: string; embedded: boolean }>;
  content: ContentFinding[];
  outline: Array<{ title: string; depth: number }>;
  /** Text of each heading element, in order, with its level. */
  headings: Array<{ level: number; text: string }>;
}

/** Read the facts with pdf-lib (catalog, structure, annotations, fonts, content) and the text of each marked-content sequence. `pageText` skips re-reading text whose MCIDs are unchanged; `loaded` is the document just saved as `bytes`, to skip parsing it again. */
export async function readFacts(bytes: Uint8Array, pageText?: PageText[], loaded?: PDFDocument): Promise<PdfFacts> {
  const doc = loaded ?? (await loadPdf(bytes));
  const cat = doc.catalog;
  const lang = cat.lookupMaybe(N('Lang'), PDFString, PDFHexString)?.decodeText();
  const markInfo = cat.lookupMaybe(N('MarkInfo'), PDFDict);
  const prefs = cat.lookupMaybe(N('ViewerPreferences'), PDFDict);
  const bool = (d: PDFDict | undefined, k: string) => {
    const v = d?.lookup(N(k));
    return v instanceof PDFBool ? v.asBoolean() : undefined;
  };
  const tree = readStructTree(doc);
  const roleMap = new Map<string, string>();
  const rm = tree?.rootDict.lookupMaybe(N('RoleMap'), PDFDict);
  for (const [k, v] of rm?.entries() ?? []) if (v instanceof PDFName) roleMap.set(k.decodeText(), v.decodeText());
  const elements = tree ? tree.roots.flatMap((r) => [...walk(r)]) : [];

  // Page index by page reference: a book's tens of thousands of marked contents each look one up.
  const pageRefs = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  const owners = new Map<string, StructNode>();
  const referenced = new Set<string>();
  for (const e of elements)
    for (const k of e.kids) {
      if (k.kind === 'objr') owners.set(k.obj.toString(), e);
      if (k.kind === 'mcid') referenced.add(`${pageRefs.get(k.page.toString()) ?? -1}:${k.mcid}`);
    }
  const links: PdfFacts['links'] = [];
  const pagesWithoutTabs: number[] = [];
  doc.getPages().forEach((page, i) => {
    const annots = page.node.lookupMaybe(N('Annots'), PDFArray);
    if (!annots || !annots.size()) return;
    if (page.node.get(N('Tabs')) !== N('S')) pagesWithoutTabs.push(i + 1);
    for (const raw of annots.asArray()) {
      const a = raw instanceof PDFRef ? doc.context.lookup(raw) : raw;
      if (!(a instanceof PDFDict) || a.get(N('Subtype')) !== N('Link')) continue;
      const contents = a.lookupMaybe(N('Contents'), PDFString, PDFHexString)?.decodeText();
      const ownerType = raw instanceof PDFRef ? owners.get(raw.toString())?.type : undefined;
      links.push({ page: i + 1, ...(contents !== undefined ? { contents } : {}), ...(ownerType ? { ownerType } : {}) });
    }
  });

  const meta = cat.lookupMaybe(N('Metadata'), PDFStream);
  const xmpText = meta ? streamBytes(meta).toString('utf8') : '';
  return {
    pages: doc.getPageCount(),
    catalog: {
      ...(lang !== undefined ? { lang } : {}),
      ...(bool(markInfo, 'Marked') !== undefined ? { marked: bool(markInfo, 'Marked')! } : {}),
      ...(bool(markInfo, 'Suspects') !== undefined ? { suspects: bool(markInfo, 'Suspects')! } : {}),
      ...(bool(prefs, 'DisplayDocTitle') !== undefined ? { displayDocTitle: bool(prefs, 'DisplayDocTitle')! } : {}),
      hasMetadata: Boolean(meta),
      roleMap,
    },
    xmp: parseXmp(xmpText),
    elements,
    links,
    pagesWithoutTabs,
    fonts: readFonts(doc),
    content: doc.getPages().flatMap((_, i) => scanContent(pageBytes(doc, i), i + 1, (mcid) => referenced.has(`${i}:${mcid}`))),
    outline: readOutline(doc),
    headings: readHeadings(elements, pageText ?? (await readPageText(bytes, doc)), pageRefs),
  };
}

/** Pull the fields we check from an XMP packet (regex, not a full RDF reader). */
export function parseXmp(text: string): PdfFacts['xmp'] {
  const inner = (tag: string) => new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(text)?.[1];
  const items = (block?: string) => [...(block ?? '').matchAll(/<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/g)].map((m) => m[1]!.trim());
  const title = items(inner('dc:title'))[0];
  const language = items(inner('dc:language'))[0];
  const part = inner('pdfuaid:part')?.trim() ?? /pdfuaid:part="(\d+)"/.exec(text)?.[1];
  return { ...(title ? { title } : {}), creators: items(inner('dc:creator')), ...(language ? { language } : {}), ...(part ? { pdfuaPart: part } : {}) };
}

function readFonts(doc: PDFDocument): PdfFacts['fonts'] {
  const seen = new Map<string, { name: string; embedded: boolean }>();
  const visitFont = (ref: PDFObject) => {
    const key = ref.toString();
    if (seen.has(key)) return;
    const font = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
    if (!(font instanceof PDFDict)) return;
    const subtype = font.get(N('Subtype'));
    const name = (font.get(N('BaseFont')) as PDFName | undefined)?.decodeText() ?? key;
    if (subtype === N('Type3')) return void seen.set(key, { name, embedded: true });
    if (subtype === N('Type0')) {
      const desc = font.lookupMaybe(N('DescendantFonts'), PDFArray);
      const d = desc?.get(0);
      const df = d instanceof PDFRef ? doc.context.lookup(d) : d;
      const fd = df instanceof PDFDict ? df.lookupMaybe(N('FontDescriptor'), PDFDict) : undefined;
      return void seen.set(key, { name, embedded: Boolean(fd && (fd.get(N('FontFile')) || fd.get(N('FontFile2')) || fd.get(N('FontFile3')))) });
    }
    const fd = font.lookupMaybe(N('FontDescriptor'), PDFDict);
    seen.set(key, { name, embedded: Boolean(fd && (fd.get(N('FontFile')) || fd.get(N('FontFile2')) || fd.get(N('FontFile3')))) });
  };
  const visitResources = (res: PDFDict | undefined, depth: number) => {
    if (!res || depth > 8) return;
    const fonts = res.lookupMaybe(N('Font'), PDFDict);
    for (const [, ref] of fonts?.entries() ?? []) visitFont(ref);
    const xobjects = res.lookupMaybe(N('XObject'), PDFDict);
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
      if (x instanceof PDFStream && x.dict.get(N('Subtype')) === N('Form')) visitResources(x.dict.lookupMaybe(N('Resources'), PDFDict), depth + 1);
    }
  };
  for (const page of doc.getPages()) visitResources(page.node.Resources(), 0);
  return [...seen.values()];
}

/** Headings with their text, from the text of each MCID. */
function readHeadings(elements: StructNode[], text: PageText[], pageRefs: Map<string, number>): PdfFacts['headings'] {
  const textOfNode = (node: StructNode): string => {
    let out = '';
    for (const k of node.kids) {
      if (k.kind === 'mcid') out += text[pageRefs.get(k.page.toString()) ?? -1]?.mcids.get(k.mcid)?.text ?? '';
      else if (k.kind === 'elem') out += textOfNode(k);
    }
    return out;
  };
  return elements.filter((e) => /^H[1-6]$/.test(e.type)).map((e) => ({ level: Number(e.type[1]), text: textOfNode(e).replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim() }));
}

/** The bookmarks, depth first, walking /First and /Next (a visited set guards against cycles). */
function readOutline(doc: PDFDocument): PdfFacts['outline'] {
  const outline: PdfFacts['outline'] = [];
  const seen = new Set<PDFDict>();
  const visit = (first: PDFDict | undefined, depth: number) => {
    for (let item = first; item && !seen.has(item); item = item.lookupMaybe(N('Next'), PDFDict)) {
      seen.add(item);
      outline.push({ title: item.lookupMaybe(N('Title'), PDFString, PDFHexString)?.decodeText() ?? '', depth });
      visit(item.lookupMaybe(N('First'), PDFDict), depth + 1);
    }
  };
  visit(doc.catalog.lookupMaybe(N('Outlines'), PDFDict)?.lookupMaybe(N('First'), PDFDict), 0);
  return outline;
}
