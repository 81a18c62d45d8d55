import { PDFName } from 'pdf-lib';
import { STANDARD_TYPES } from '../accessibility/roles.ts';
import type { PdfFacts } from './facts.ts';

/** One check: the rule it mirrors, a title, and a test over the facts. */
export interface Rule {
  rule: string;
  title: string;
  test(f: PdfFacts): { ok: boolean; detail: string };
}

const pass = (detail: string) => ({ ok: true, detail });
const fail = (detail: string) => ({ ok: false, detail });
const pages = (ns: number[]) => {
  const u = [...new Set(ns)];
  return `${u.slice(0, 8).join(', ')}${u.length > 8 ? ` and ${u.length - 8} more` : ''}`;
};

function standardType(f: PdfFacts, type: string): string | undefined {
  let t = type;
  for (let i = 0; i < 10; i++) {
    if (STANDARD_TYPES.has(t)) return t;
    const next = f.catalog.roleMap.get(t);
    if (!next) return undefined;
    t = next;
  }
  return undefined;
}

const kidTypes = (f: PdfFacts, e: PdfFacts['elements'][number]) => e.kids.filter((k) => k.kind === 'elem').map((k) => standardType(f, (k as { type: string }).type) ?? '?');

export const RULES: Rule[] = [
  {
    rule: '7.1-3',
    title: 'Content is tagged or marked as an artifact',
    test: (f) => {
      const bad = f.content.filter((c) => c.kind === 'untagged' || c.kind === 'unreferenced-mcid');
      return bad.length ? fail(`untagged content on page ${pages(bad.map((c) => c.page))}`) : pass(`${f.pages} pages`);
    },
  },
  {
    rule: '7.1-1',
    title: 'Artifacts and tagged content are not nested in each other (7.1-1, 7.1-2)',
    test: (f) => {
      const bad = f.content.filter((c) => c.kind === 'artifact-in-tagged' || c.kind === 'tagged-in-artifact');
      return bad.length ? fail(`nesting on page ${pages(bad.map((c) => c.page))}`) : pass('none nested');
    },
  },
  {
    rule: '7.1-5',
    title: 'Structure types are standard or role-mapped to standard',
    test: (f) => {
      const bad = [...new Set(f.elements.filter((e) => !standardType(f, e.type)).map((e) => e.type))];
      return bad.length ? fail(`non-standard types: ${bad.join(', ')}`) : pass(`${f.elements.length} elements`);
    },
  },
  {
    rule: '7.1-4',
    title: 'MarkInfo: Marked true, Suspects not true',
    test: (f) => (f.catalog.marked === true && f.catalog.suspects !== true ? pass('Marked true') : fail(`Marked ${f.catalog.marked ?? 'missing'}, Suspects ${f.catalog.suspects ?? 'missing'}`)),
  },
  {
    rule: '7.1-8',
    title: 'Catalog has an XMP metadata stream',
    test: (f) => (f.catalog.hasMetadata ? pass('present') : fail('no /Metadata in the catalog')),
  },
  {
    rule: '7.1-9',
    title: 'XMP has dc:title',
    test: (f) => (f.xmp.title ? pass(f.xmp.title) : fail('no dc:title')),
  },
  {
    rule: '7.1-10',
    title: 'ViewerPreferences DisplayDocTitle is true',
    test: (f) => (f.catalog.displayDocTitle === true ? pass('true') : fail(`DisplayDocTitle ${f.catalog.displayDocTitle ?? 'missing'}`)),
  },
  {
    rule: '7.2-33',
    title: 'Catalog /Lang is a language tag (7.2-29, 7.2-33, 7.2-34)',
    test: (f) => (f.catalog.lang && /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(f.catalog.lang) ? pass(f.catalog.lang) : fail(`Lang ${f.catalog.lang === undefined ? 'missing' : `"${f.catalog.lang}"`}`)),
  },
  {
    rule: '7.2-19',
    title: 'L holds only L, LI and a first Caption',
    test: (f) => {
      const bad = f.elements.filter((e) => e.type === 'L' && !/^(Caption&)?(L|LI)(&(L|LI))*$/.test(kidTypes(f, e).join('&')) && kidTypes(f, e).join('&') !== '' && kidTypes(f, e).join('&') !== 'Caption');
      const stray = f.elements.filter((e) => e.type === 'L' && e.kids.some((k) => k.kind === 'mcid'));
      return bad.length + stray.length ? fail(`${bad.length + stray.length} lists with other children`) : pass(`${f.elements.filter((e) => e.type === 'L').length} lists`);
    },
  },
  {
    rule: '7.2-20',
    title: 'LI holds only Lbl and LBody',
    test: (f) => {
      const lis = f.elements.filter((e) => e.type === 'LI');
      const bad = lis.filter((e) => e.kids.some((k) => k.kind !== 'elem') || kidTypes(f, e).some((t) => t !== 'Lbl' && t !== 'LBody'));
      return bad.length ? fail(`${bad.length} of ${lis.length} list items have other children`) : pass(`${lis.length} list items`);
    },
  },
  {
    rule: '7.4.2-1',
    title: 'Headings start at H1 and never skip a level',
    test: (f) => {
      if (!f.headings.length) return pass('no headings');
      if (f.headings[0]!.level !== 1) return fail(`first heading is H${f.headings[0]!.level}`);
      for (let i = 1; i < f.headings.length; i++) {
        const h = f.headings[i]!;
        if (h.level > f.headings[i - 1]!.level + 1) return fail(`H${f.headings[i - 1]!.level} then H${h.level} ("${h.text.slice(0, 40)}")`);
      }
      return pass(`${f.headings.length} headings`);
    },
  },
  {
    rule: '7.9-2',
    title: 'Every Note has a unique ID (7.9-1, 7.9-2)',
    test: (f) => {
      const notes = f.elements.filter((e) => e.type === 'Note');
      const ids = notes.map((n) => n.dict.get(PDFName.of('ID'))?.toString() ?? '');
      const missing = ids.filter((id) => !id || id === '()').length;
      const dupes = ids.length - new Set(ids).size;
      return missing || dupes ? fail(`${missing} without ID, ${dupes} duplicates`) : pass(`${notes.length} notes`);
    },
  },
  {
    rule: '7.18.5-1',
    title: 'Link annotations are tagged in a Link element',
    test: (f) => {
      const bad = f.links.filter((l) => l.ownerType !== 'Link');
      return bad.length ? fail(`${bad.length} of ${f.links.length} links not in a Link element (page ${pages(bad.map((l) => l.page))})`) : pass(`${f.links.length} links`);
    },
  },
  {
    rule: '7.18.5-2',
    title: 'Link annotations have /Contents',
    test: (f) => {
      const bad = f.links.filter((l) => !l.contents);
      return bad.length ? fail(`${bad.length} of ${f.links.length} links without Contents (page ${pages(bad.map((l) => l.page))})`) : pass(`${f.links.length} links`);
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
      const bad = f.fonts.filter((x) => !x.embedded);
      return bad.length ? fail(`not embedded: ${bad.map((x) => x.name).join(', ')}`) : pass(`${f.fonts.length} fonts`);
    },
  },
  {
    rule: 'reader:outline',
    title: 'Bookmarks mirror the H1 and H2 headings',
    test: (f) => {
      if (!f.outline.length) return fail('no outline');
      const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
      const heads = new Set(f.headings.filter((h) => h.level <= 2).map((h) => norm(h.text)));
      const stray = f.outline.filter((o) => !heads.has(norm(o.title)));
      const deep = f.outline.filter((o) => o.depth > 1);
      return stray.length || deep.length ? fail(`${stray.length} bookmarks match no H1/H2${stray[0] ? ` ("${stray[0].title}")` : ''}, ${deep.length} deeper than two levels`) : pass(`${f.outline.length} bookmarks`);
    },
  },
  {
    rule: '5-1',
    title: 'XMP declares pdfuaid:part 1 (5-1, 5-2)',
    test: (f) => (f.xmp.pdfuaPart === '1' ? pass('part 1') : fail(f.xmp.pdfuaPart ? `part ${f.xmp.pdfuaPart}` : 'no pdfuaid:part')),
  },
];
