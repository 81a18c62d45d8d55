// The accessible PDF, verified by our own checklist on the sample reader, in both editions.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContentText } from '../../src/pdf/page-text-reader.ts';
import { readPageTextWithPdfjs, type PageText } from '../../src/pdf/page-text.ts';
import { mcids, readStructTree, walk } from '../../src/pdf/struct-tree.ts';
import { build } from '../../src/pipeline/index.ts';
import { checkPdf } from '../../src/check/index.ts';
import { compoundsRunTogether, htmlWords, pdftotextPages, structTextWords, untaggedBodyText, wordShare } from './pdf-read.ts';

const LARGE_OUT = '.cache/test-out-large';
// A paragraph of the first text that Paged.js splits across pages in both editions' layouts.
const SPLIT_PARAGRAPH = 'The key questions of what comprises Stalinism';

interface Edition {
  bytes: Uint8Array;
  text: PageText[];
  doc: PDFDocument;
}

async function load(path: string): Promise<Edition> {
  const bytes = new Uint8Array(await readFile(path));
  return { bytes, text: await readPageTextWithPdfjs(bytes), doc: await PDFDocument.load(bytes, { updateMetadata: false }) };
}

/** Text of every P element, in reading order. */
function paragraphs(e: Edition): string[] {
  const tree = readStructTree(e.doc)!;
  const pages = new Map(e.doc.getPages().map((p, i) => [p.ref.toString(), i]));
  return [...walk(tree.roots[0]!)]
    .filter((n) => n.type === 'P')
    .map((n) =>
      mcids(n)
        .map((k) => e.text[pages.get(k.page.toString())!]?.mcids.get(k.mcid)?.text ?? '')
        .join('')
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .replace(/(\p{L})- (?=\p{L})/gu, '$1'),
    ); // join words hyphenated at line and page ends
}

function describeEdition(name: string, path: () => string) {
  describe(`${name} edition`, () => {
    let edition: Edition;
    beforeAll(async () => {
      edition = await load(path());
    });

    it('passes every check of the checklist, the text layer against the HTML it was printed from', async () => {
      const sourceHtml = await readFile(path().replace(/\.pdf$/, '.html'), 'utf8');
      const results = await checkPdf(edition.bytes, { sourceHtml });
      expect(results.filter((r) => !r.ok)).toEqual([]);
      expect(results.find((r) => r.rule === 'reader:text-layer')?.skipped).toBeUndefined();
    });

    it('tags the words of the accessible HTML edition, and no others (pdfinfo -struct-text, word bags)', async () => {
      // Both editions against the one accessible HTML: the same book, whatever its pages.
      const accessible = htmlWords(await readFile(`${inject('sample').out}/reader.accessible.html`, 'utf8'));
      const tagged = structTextWords(path());
      expect(wordShare(tagged, accessible), 'recall').toBeGreaterThanOrEqual(0.995);
      expect(wordShare(accessible, tagged), 'precision').toBeGreaterThanOrEqual(0.995);
    });

    it('reads every compound of its source with its hyphen in pdftotext: a hard hyphen at a line end is no layout hyphen', async () => {
      // Poppler drops a line-final U+002D as a layout hyphen ("Renwick-|Hale" read "RenwickHale");
      // such a hyphen is drawn to read U+2010.
      const text = pdftotextPages(path()).join('\n');
      expect(compoundsRunTogether(text, await readFile(path().replace(/\.pdf$/, '.html'), 'utf8'))).toEqual([]);
      // The standard edition is hyphenated and justified: some compounds do break at their hyphen.
      if (name === 'standard') expect(text.match(/\p{L}\u2010\n/gu)?.length ?? 0).toBeGreaterThanOrEqual(5);
    });

    it('reads text set in small capitals in its source case: the cover and each text number (pdfinfo -struct-text, pdftotext)', () => {
      // Chromium draws them as capitals; each glyph is drawn with a font copy that reads as the source letter.
      const struct = execFileSync('pdfinfo', ['-struct-text', path()], { encoding: 'utf8', maxBuffer: 256 << 20 });
      expect(struct).toContain('"Edited by The Reader Press sample');
      expect(struct).toMatch(/"Text 1 "/);
      expect(struct).not.toMatch(/EDITED BY|"TEXT \d/);
      const text = pdftotextPages(path()).join('\f');
      expect(text).toContain('Edited by The Reader Press sample');
      expect(text).not.toMatch(/EDITED BY|^TEXT \d/m);
    });

    it('tags the printed page number of every contents entry, in its link (pdfinfo -struct-text)', () => {
      // Each entry's last words are its page: a screen reader hears it, as a sighted reader sees it.
      const lines = execFileSync('pdfinfo', ['-struct-text', path()], { encoding: 'utf8', maxBuffer: 256 << 20 }).split('\n');
      const start = lines.findIndex((l) => /^\s*"Contents\s*"$/.test(l));
      expect(start).toBeGreaterThan(0);
      const links: string[][] = [];
      for (let i = start + 1; i < lines.length && !/^\s*H1 /.test(lines[i]!); i++) {
        if (!/^\s*Link \(inline\)$/.test(lines[i]!)) continue;
        const depth = lines[i]!.search(/\S/);
        const words: string[] = [];
        for (let j = i + 1; j < lines.length && lines[j]!.search(/\S/) > depth; j++) {
          const quoted = /^\s*"(.*)"$/.exec(lines[j]!);
          if (quoted) words.push(quoted[1]!.trim());
        }
        links.push(words);
      }
      expect(links.length).toBeGreaterThanOrEqual(inject('sample').report.texts.length + 2);
      const unnumbered = links.filter((w) => !/^\d+$/.test(w.at(-1) ?? ''));
      expect(unnumbered).toEqual([]);
    });

    it('reads the same text and geometry from the content streams as pdfjs does', () => {
      // finishPdf reads Chromium's content streams itself (20x faster); pdfjs is the reference.
      const ours = readContentText(edition.doc);
      expect(ours).toBeDefined();
      const norm = (s: string) =>
        s
          .replace(/\u00ad/g, '')
          .replace(/\s+/g, ' ')
          .trim();
      const differences: string[] = [];
      edition.text.forEach((page, i) => {
        const mine = ours![i]!;
        const inked = (t: PageText) =>
          [...t.mcids]
            .filter(([, v]) => v.text.trim())
            .map(([k]) => k)
            .sort()
            .join();
        if (inked(page) !== inked(mine)) differences.push(`p${i + 1}: MCIDs differ: ${inked(page)} | ${inked(mine)}`);
        for (const [mcid, theirs] of page.mcids) {
          const m = mine.mcids.get(mcid);
          if (norm(theirs.text) !== norm(m?.text ?? ''))
            differences.push(`p${i + 1} mcid ${mcid}: ${norm(theirs.text).slice(0, 60)} | ${norm(m?.text ?? '').slice(0, 60)}`);
          // pdfjs adds space-only runs before a gap; compare the first run that holds ink.
          // pdfjs starts a run at the space before it, where there is one: compare x only without.
          const a = theirs.runs.find((r) => r.str.trim());
          const b = m?.runs.find((r) => r.str.trim());
          if (a && (!b || (!/^\s/.test(a.str) && Math.abs(a.x - b.x) > 0.01) || Math.abs(a.y - b.y) > 0.01 || Math.abs(a.size - b.size) > 0.01))
            differences.push(`p${i + 1} mcid ${mcid}: first run at ${a.x},${a.y} vs ${b?.x},${b?.y}`);
        }
        if (norm(page.untagged.map((r) => r.str).join(' ')) !== norm(mine.untagged.map((r) => r.str).join(' ')))
          differences.push(`p${i + 1}: furniture differs`);
      });
      expect(differences).toEqual([]);
    });

    it('keeps running heads and folios out of the reading order', () => {
      const height = edition.doc.getPage(0).getHeight();
      const inBands = edition.text.flatMap((p, i) =>
        [...p.mcids.values()].flatMap((m) => m.runs.filter((r) => r.str.trim() && (r.y > height - 46 || r.y < 40)).map((r) => `p${i + 1}: ${r.str}`)),
      );
      expect(inBands).toEqual([]);
      // And the furniture is there, as artifacts: folios on text pages.
      expect(edition.text.some((p) => p.untagged.some((r) => /^\d+$/.test(r.str.trim())))).toBe(true);
    });

    it('leaves no text of the page body out of the tags but line-end hyphens (a list number Chromium left untagged is adopted)', () => {
      // Issue #19: the first text number on a page of the introduction was an artifact ('1' in the
      // standard edition, '4' in large print), and so was the concordance's '*'.
      const body = untaggedBodyText(edition.text, edition.doc.getPage(0).getHeight());
      expect(body).toEqual([]);
    });

    it('keeps a paragraph split across pages as one P', () => {
      const hits = paragraphs(edition).filter((t) => t.includes('The key questions of what'));
      expect(hits).toHaveLength(1);
      expect(hits[0]).toContain(SPLIT_PARAGRAPH);
    });
  });
}

describeEdition('standard', () => inject('sample').pdf);

describe('large-print build', () => {
  let pdf = '';
  beforeAll(async () => {
    pdf = (await build({ config: 'reader.yaml', out: LARGE_OUT, profile: 'large-print' })).pdfPath;
  });
  it('writes reader.large-print.pdf in Atkinson Hyperlegible', async () => {
    expect(pdf).toMatch(/reader\.large-print\.pdf$/);
    const raw = Buffer.from(await readFile(pdf)).toString('latin1');
    expect(raw).toContain('AtkinsonHyperlegible');
  });
  describeEdition('large-print', () => pdf);
});

describe('default colours', () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);
  const expand = (h: string) => (h.length === 3 ? [...h].map((c) => c + c).join('') : h);

  it('give every text colour 4.5:1 against white (WCAG AA)', async () => {
    const css = await readFile('styles/reader.css', 'utf8');
    const vars = new Map([...css.matchAll(/(--[\w-]+):\s*#([0-9a-f]{3,6})\b/gi)].map((m) => [m[1]!, expand(m[2]!)]));
    // Text colours: every `color:` declaration, through custom properties or literal.
    const used = [...css.matchAll(/(?:^|[;{\s])color:\s*([^;}]+)/g)].map((m) => m[1]!.trim());
    const colours = used.map((v) => {
      const ref = /var\((--[\w-]+)\)/.exec(v)?.[1];
      return ref ? vars.get(ref) : /#([0-9a-f]{3,6})\b/i.exec(v)?.[1];
    });
    const hexes = [...new Set(colours.filter((c): c is string => Boolean(c)).map(expand))];
    expect(hexes.length).toBeGreaterThanOrEqual(3);
    for (const hex of hexes) expect(contrast(hex), `#${hex}`).toBeGreaterThanOrEqual(4.5);
  });
});
