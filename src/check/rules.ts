import { elements, type Elem } from './raw.ts';
import type { PdfView } from './read.ts';
import { STANDARD_TYPES } from './standard-types.ts';
import { compareWords, words, type PreparedWords } from './words.ts';

/** What the rules look at: the PDF as read, its tagged text, and the source words when the HTML it was printed from is known. */
export interface Facts extends PdfView {
  /** Every element, depth first. */
  all: Elem[];
  /** The tagged text of each element, as a reader of the tags takes it. */
  textOf(e: Elem): string;
  /** The whole tagged text, in tree order. */
  tagged: string;
  /** The source's words (source.ts), if given. */
  source?: PreparedWords;
}

/** One check: the rule it mirrors, a title, and a test over the facts. `skip` when it cannot be run. */
export interface Rule {
  rule: string;
  title: string;
  test(f: Facts): { ok: boolean; detail: string; skipped?: true };
}

const pass = (detail: string) => ({ ok: true, detail });
const fail = (detail: string) => ({ ok: false, detail });
const pages = (ns: number[]) => {
  const u = [...new Set(ns)];
  return `${u.slice(0, 8).join(', ')}${u.length > 8 ? ` and ${u.length - 8} more` : ''}`;
};
const kidRoles = (e: Elem) => e.kids.filter((k): k is Elem => 'role' in k).map((k) => k.role);
const hasContent = (e: Elem) => e.kids.some((k) => 'mcid' in k);
const findingPages = (f: Facts, kinds: string[]) => f.pages.flatMap((p, i) => ([...p.findings].some((k) => kinds.includes(k)) ? [i + 1] : []));
const LANG = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/;
/** Tagged words within this share of the source, both ways; and this share of shared passages in order. */
const WORD_SHARE = 0.995;
const ORDER_SHARE = 0.99;

export const RULES: Rule[] = [
  {
    rule: '7.1-3',
    title: 'Content is tagged or marked as an artifact',
    test: (f) => {
      const bad = findingPages(f, ['untagged', 'unreferenced-mcid']);
      return bad.length ? fail(`untagged content on page ${pages(bad)}`) : pass(`${f.pages.length} pages`);
    },
  },
  {
    rule: '7.1-1',
    title: 'Artifacts and tagged content are not nested in each other (7.1-1, 7.1-2)',
    test: (f) => {
      const bad = findingPages(f, ['artifact-in-tagged', 'tagged-in-artifact']);
      return bad.length ? fail(`nesting on page ${pages(bad)}`) : pass('none nested');
    },
  },
  {
    rule: '7.1-5',
    title: 'Structure types are standard or role-mapped to standard',
    test: (f) => {
      const bad = [...new Set(f.all.filter((e) => !STANDARD_TYPES.has(e.role)).map((e) => e.type))];
      return bad.length ? fail(`non-standard types: ${bad.join(', ')}`) : pass(`${f.all.length} elements`);
    },
  },
  {
    rule: '7.1-4',
    title: 'MarkInfo: Marked true, Suspects not true',
    test: (f) =>
      f.marked === true && f.suspects !== true ? pass('Marked true') : fail(`Marked ${f.marked ?? 'missing'}, Suspects ${f.suspects ?? 'missing'}`),
  },
  {
    rule: '7.1-8',
    title: 'Catalog has an XMP metadata stream',
    test: (f) => (f.xmp !== undefined ? pass('present') : fail('no /Metadata in the catalog')),
  },
  {
    rule: '7.1-9',
    title: 'XMP has dc:title',
    test: (f) => {
      const title = xmpItems(f.xmp, 'dc:title')[0];
      return title ? pass(title) : fail('no dc:title');
    },
  },
  {
    rule: '7.1-10',
    title: 'ViewerPreferences DisplayDocTitle is true',
    test: (f) => (f.displayDocTitle === true ? pass('true') : fail(`DisplayDocTitle ${f.displayDocTitle ?? 'missing'}`)),
  },
  {
    rule: '7.2-33',
    title: 'Catalog /Lang, and every element /Lang, is a language tag (7.2-29, 7.2-33, 7.2-34)',
    test: (f) => {
      if (!f.lang || !LANG.test(f.lang)) return fail(`Lang ${f.lang === undefined ? 'missing' : `"${f.lang}"`}`);
      const bad = f.all.filter((e) => e.lang !== undefined && !LANG.test(e.lang)).map((e) => `${e.role} "${e.lang}"`);
      const others = [...new Set(f.all.filter((e) => e.lang && e.lang !== f.lang).map((e) => e.lang))];
      return bad.length
        ? fail(`element Lang not a tag: ${bad.slice(0, 3).join(', ')}`)
        : pass(`${f.lang}${others.length ? `; also ${others.join(', ')}` : ''}`);
    },
  },
  {
    rule: '7.2-19',
    title: 'L holds only L, LI and a first Caption',
    test: (f) => {
      const lists = f.all.filter((e) => e.role === 'L');
      const bad = lists.filter((e) => hasContent(e) || kidRoles(e).some((r, i) => !(r === 'L' || r === 'LI' || (r === 'Caption' && i === 0))));
      return bad.length ? fail(`${bad.length} lists with other children`) : pass(`${lists.length} lists`);
    },
  },
  {
    rule: '7.2-20',
    title: 'LI holds only Lbl and LBody',
    test: (f) => {
      const items = f.all.filter((e) => e.role === 'LI');
      const bad = items.filter((e) => e.kids.some((k) => !('role' in k)) || kidRoles(e).some((r) => r !== 'Lbl' && r !== 'LBody'));
      return bad.length ? fail(`${bad.length} of ${items.length} list items have other children`) : pass(`${items.length} list items`);
    },
  },
  {
    rule: '7.4.2-1',
    title: 'Headings start at H1 and never skip a level',
    test: (f) => {
      const headings = f.all.filter((e) => /^H[1-6]$/.test(e.role)).map((e) => ({ level: Number(e.role[1]), text: f.textOf(e) }));
      if (!headings.length) return pass('no headings');
      if (headings[0]!.level !== 1) return fail(`first heading is H${headings[0]!.level}`);
      for (let i = 1; i < headings.length; i++) {
        const h = headings[i]!;
        if (h.level > headings[i - 1]!.level + 1) return fail(`H${headings[i - 1]!.level} then H${h.level} ("${h.text.slice(0, 40)}")`);
      }
      return pass(`${headings.length} headings`);
    },
  },
  {
    rule: '7.9-2',
    title: 'Every Note has a unique ID (7.9-1, 7.9-2)',
    test: (f) => {
      const ids = f.all.filter((e) => e.role === 'Note').map((e) => e.id ?? '');
      const missing = ids.filter((id) => !id).length;
      const dupes = ids.length - new Set(ids).size;
      return missing || dupes ? fail(`${missing} without ID, ${dupes} duplicates`) : pass(`${ids.length} notes`);
    },
  },
  {
    rule: '7.18.5-1',
    title: 'Link annotations are tagged in a Link element',
    test: (f) => {
      const owner = new Map<string, string>();
      for (const e of f.all) for (const k of e.kids) if ('annot' in k) owner.set(k.annot, e.role);
      const links = f.pages.flatMap((p, i) => p.links.map((l) => ({ ...l, page: i + 1 })));
      const bad = links.filter((l) => owner.get(l.id) !== 'Link');
      return bad.length
        ? fail(`${bad.length} of ${links.length} links not in a Link element (page ${pages(bad.map((l) => l.page))})`)
        : pass(`${links.length} links`);
    },
  },
  {
    rule: '7.18.5-2',
    title: 'Link annotations have /Contents',
    test: (f) => {
      const links = f.pages.flatMap((p, i) => p.links.map((l) => ({ ...l, page: i + 1 })));
      const bad = links.filter((l) => !l.contents);
      return bad.length
        ? fail(`${bad.length} of ${links.length} links without Contents (page ${pages(bad.map((l) => l.page))})`)
        : pass(`${links.length} links`);
    },
  },
  {
    rule: '7.18.3-1',
    title: 'Pages with annotations have /Tabs /S',
    test: (f) => (f.pagesWithoutTabs.length ? fail(`page ${pages(f.pagesWithoutTabs)}`) : pass('all')),
  },
  {
    rule: '7.21.4.1-1',
    title: 'Fonts are embedded',
    test: (f) => {
      const bad = [...new Set(f.pages.flatMap((p) => p.missingFonts))];
      return bad.length ? fail(`not embedded: ${bad.join(', ')}`) : pass('every font the text uses');
    },
  },
  {
    rule: 'reader:outline',
    title: 'Bookmarks mirror the H1 and H2 headings',
    test: (f) => {
      if (!f.outline.length) return fail('no outline');
      const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      const heads = new Set(f.all.filter((e) => e.role === 'H1' || e.role === 'H2').map((e) => norm(f.textOf(e))));
      const stray = f.outline.filter((o) => !heads.has(norm(o.title)));
      const deep = f.outline.filter((o) => o.depth > 1);
      return stray.length || deep.length
        ? fail(`${stray.length} bookmarks match no H1/H2${stray[0] ? ` ("${stray[0].title}")` : ''}, ${deep.length} deeper than two levels`)
        : pass(`${f.outline.length} bookmarks`);
    },
  },
  {
    rule: 'reader:labels',
    title: 'Every list or paragraph label reads as text',
    test: (f) => {
      const labels = f.all.filter((e) => e.role === 'Lbl');
      const empty = labels.filter((e) => !f.textOf(e).trim());
      return empty.length
        ? fail(`${empty.length} of ${labels.length} labels with no text (a drawn bullet tagged as content?)`)
        : pass(`${labels.length} labels`);
    },
  },
  {
    rule: 'reader:tables',
    title: 'Table rows are complete and header references name header cells',
    test: (f) => {
      const problems: string[] = [];
      let tables = 0;
      for (const table of f.all.filter((e) => e.role === 'Table')) {
        tables++;
        const rows = [...elements([table])].filter((e) => e.role === 'TR');
        const cells = (row: Elem) => row.kids.filter((k): k is Elem => 'role' in k && (k.role === 'TD' || k.role === 'TH'));
        const width = (row: Elem) => cells(row).reduce((n, c) => n + (c.colSpan ?? 1), 0);
        const widths = rows.map(width);
        const full = Math.max(0, ...widths);
        const short = widths.filter((w) => w < full).length;
        if (short) problems.push(`${short} row${short > 1 ? 's' : ''} of ${full} columns short`);
        const ids = new Set([...elements([table])].filter((e) => e.role === 'TH' && e.id).map((e) => e.id!));
        const dangling = [...elements([table])].flatMap((e) => (e.headers ?? []).filter((h) => !ids.has(h)));
        if (dangling.length) problems.push(`${dangling.length} header references to no header cell`);
      }
      return problems.length ? fail(problems.slice(0, 4).join('; ')) : pass(`${tables} tables`);
    },
  },
  {
    rule: 'reader:text-layer',
    title: 'The tags read the source word for word: every word, whole, in order',
    test: (f) => {
      if (f.source === undefined) return { ok: true, detail: 'not checked: no source HTML (give it with --source, or keep it beside the PDF)', skipped: true };
      const c = compareWords(words(f.tagged), f.source);
      const detail = `recall ${c.recall.toFixed(4)}, precision ${c.precision.toFixed(4)}, in order ${c.order.toFixed(4)} (${c.taggedWords} tagged words, ${c.sourceWords} in the source); ${c.broken.length} broken${c.broken.length ? ` (${c.broken.slice(0, 3).join(', ')})` : ''}, ${c.joined.length} run together${c.joined.length ? ` (${c.joined.slice(0, 3).join(', ')})` : ''}`;
      const ok = c.broken.length === 0 && c.joined.length === 0 && c.recall >= WORD_SHARE && c.precision >= WORD_SHARE && c.order >= ORDER_SHARE;
      return ok ? pass(detail) : fail(detail);
    },
  },
  {
    rule: '5-1',
    title: 'XMP declares pdfuaid:part 1 (5-1, 5-2)',
    test: (f) => {
      const part = xmpInner(f.xmp, 'pdfuaid:part')?.trim() ?? /pdfuaid:part="(\d+)"/.exec(f.xmp ?? '')?.[1];
      return part === '1' ? pass('part 1') : fail(part ? `part ${part}` : 'no pdfuaid:part');
    },
  },
];

/** The text inside an XMP element (a regex, not a full RDF reader). */
function xmpInner(xmp: string | undefined, tag: string): string | undefined {
  return new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(xmp ?? '')?.[1];
}

/** The rdf:li items of an XMP element. */
export function xmpItems(xmp: string | undefined, tag: string): string[] {
  return [...(xmpInner(xmp, tag) ?? '').matchAll(/<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/g)].map((m) => m[1]!.trim());
}
