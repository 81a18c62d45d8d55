// Read an EPUB back with tools that share nothing with its writer: Info-ZIP's unzip for the
// container, Chromium's XML parser for the package and every content document (a document
// that is not well-formed XML does not load), axe-core in the same pages, poppler for the PDF.
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';

/** Unzip into `dir`; returns the entries as `unzip -v` lists them (name and method), in order. */
export function unzipEpub(epub: string, dir: string): Array<{ name: string; method: string }> {
  execFileSync('unzip', ['-q', '-o', epub, '-d', dir]);
  const listing = execFileSync('unzip', ['-v', epub], { encoding: 'utf8' }).split('\n');
  // Length Method Size Cmpr Date Time CRC-32 Name
  return listing
    .map((l) => /^\s*\d+\s+(\S+)\s+\d+\s+\S+\s+\S+\s+\S+\s+[0-9a-f]{8}\s+(.+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ method: m[1]!, name: m[2]!.trim() }));
}

/** epubcheck's summary line and exit code (Debian ships it as a jar: run it with java when it is one). */
export function epubcheck(epub: string): { status: number | null; output: string } {
  const which = spawnSync('sh', ['-c', 'command -v epubcheck'], { encoding: 'utf8' }).stdout.trim();
  const real = which ? realpathSync(which) : '';
  const [cmd, args] = real.endsWith('.jar') ? ['java', ['-jar', real, epub]] : ['epubcheck', [epub]];
  const r = spawnSync(cmd, args as string[], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const OPS = 'http://www.idpf.org/2007/ops';
/** Elements that are blocks in reading: their text does not run into the next block's. */
export const BLOCKS =
  'p, li, h1, h2, h3, h4, h5, h6, div, section, aside, header, dt, dd, td, th, caption, blockquote, pre, figure, figcaption, ol, ul, dl, table, tr';

export interface ReadDoc {
  file: string;
  ids: string[];
  lang: string;
  xmlLang: string;
  /** Each page marker: its id, epub:type, role, number, and the letters (and digits) after it, up to the next marker and within its paragraph. */
  marks: Array<{ id: string; type: string; role: string; label: string; after: string; digits: string }>;
  links: Array<{ href: string; type: string; role: string; id: string }>;
  footnotes: Array<{ id: string; type: string; role: string; backlinks: string[] }>;
  /** Text of each article (by id): its words, assistive-hidden parts and links back from notes left out. */
  articles: Record<string, string[]>;
  navs: Array<{ type: string; links: Array<{ href: string; text: string }> }>;
  violations: Array<{ id: string; impact: string | null; nodes: number; target: string }>;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Load a content document as a reading system would (XHTML, from its folder) and read it back, axe included. */
export async function readDocument(browser: Browser, dir: string, file: string): Promise<ReadDoc> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(pathToFileURL(join(dir, file)).href, { waitUntil: 'load' });
    if (!response) throw new Error(`${file} did not load`);
    // Chromium shows a parser error instead of the document when XHTML is not well-formed.
    const parseError = await page.evaluate(() => document.getElementsByTagName('parsererror').length);
    if (parseError) throw new Error(`${file} is not well-formed XML`);
    const read = await page.evaluate(
      (OPS: string, BLOCKS: string) => {
        const type = (el: Element) => el.getAttributeNS(OPS, 'type') ?? '';
        const hidden = (el: Element) => el.closest('[aria-hidden="true"], [role="doc-backlink"]') !== null;
        const letters = (s: string) =>
          s
            .normalize('NFKC')
            .toLowerCase()
            .replace(/[^\p{L}]/gu, '');
        const marks = [...document.querySelectorAll('[role="doc-pagebreak"], span[*|type="pagebreak"]')].map((m) => {
          // The text that follows the marker in reading order, up to the next marker, and inside
          // the paragraph (or cell, item) the marker is in, if it is in one.
          const scope = m.parentElement?.closest('p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, caption, figcaption');
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
          walker.currentNode = m;
          let after = '';
          let digits = '';
          let node: Node | null;
          while ((node = walker.nextNode()) && after.length < 24) {
            if (scope && !scope.contains(node)) break;
            if (node.nodeType === 1 && (node as Element).getAttribute('role') === 'doc-pagebreak') break;
            if (node.nodeType === 3 && node.parentElement && !hidden(node.parentElement) && !node.parentElement.closest('[hidden]')) {
              after += letters(node.nodeValue ?? '');
              digits += (node.nodeValue ?? '').replace(/\D/g, '');
            }
          }
          return {
            id: m.id,
            type: type(m),
            role: m.getAttribute('role') ?? '',
            label: m.getAttribute('title') ?? m.getAttribute('aria-label') ?? '',
            after: after.slice(0, 24),
            digits,
          };
        });
        const words = (el: Element) => {
          const clone = el.cloneNode(true) as Element;
          clone.querySelectorAll('[aria-hidden="true"], [role="doc-backlink"], [role="doc-pagebreak"]').forEach((n) => n.remove());
          // Blocks are apart in reading, though no space may stand between their tags.
          clone.querySelectorAll(BLOCKS).forEach((b) => b.append(' '));
          return (clone.textContent ?? '').split(/\s+/).filter(Boolean);
        };
        return {
          ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
          lang: document.documentElement.getAttribute('lang') ?? '',
          xmlLang: document.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang') ?? '',
          marks,
          links: [...document.querySelectorAll('a[href]')].map((a) => ({
            href: a.getAttribute('href')!,
            type: type(a),
            role: a.getAttribute('role') ?? '',
            id: a.id,
          })),
          footnotes: [...document.querySelectorAll('aside')].map((a) => ({
            id: a.id,
            type: type(a),
            role: a.getAttribute('role') ?? '',
            backlinks: [...a.querySelectorAll('a[role="doc-backlink"]')].map((b) => b.getAttribute('href')!),
          })),
          articles: Object.fromEntries([...document.querySelectorAll('article[id]')].map((a) => [a.id, words(a)])),
          navs: [...document.querySelectorAll('nav')].map((n) => ({
            type: type(n),
            links: [...n.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })),
          })),
        };
      },
      OPS,
      BLOCKS,
    );
    await page.evaluate(await axeSource);
    const violations = (await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (ctx: Document, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }>;
          };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target.join(' ') ?? '' }));
    })) as ReadDoc['violations'];
    return { file, ...read, violations };
  } finally {
    await page.close();
  }
}

export interface ReadPackage {
  /** `property` → values of the package's `meta` elements, and the Dublin Core elements by name. */
  meta: Record<string, string[]>;
  dc: Record<string, string[]>;
  refines: Array<{ refines: string; property: string; value: string }>;
  manifest: Array<{ id: string; href: string; mediaType: string; properties: string }>;
  spine: string[];
}

/** The package document, parsed by Chromium's DOMParser. */
export async function readPackage(browser: Browser, opfPath: string): Promise<ReadPackage> {
  const page = await browser.newPage();
  try {
    const xml = await readFile(opfPath, 'utf8');
    return await page.evaluate((xml: string) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      if (doc.getElementsByTagName('parsererror').length) throw new Error('package.opf is not well-formed');
      const meta: Record<string, string[]> = {};
      const dc: Record<string, string[]> = {};
      const refines: Array<{ refines: string; property: string; value: string }> = [];
      for (const m of [...doc.getElementsByTagNameNS('http://www.idpf.org/2007/opf', 'meta')]) {
        const p = m.getAttribute('property') ?? '';
        if (m.hasAttribute('refines')) refines.push({ refines: m.getAttribute('refines')!, property: p, value: m.textContent ?? '' });
        else (meta[p] ??= []).push(m.textContent ?? '');
      }
      for (const e of [...doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', '*')]) (dc[e.localName] ??= []).push(e.textContent ?? '');
      const manifest = [...doc.getElementsByTagNameNS('http://www.idpf.org/2007/opf', 'item')].map((i) => ({
        id: i.getAttribute('id')!,
        href: i.getAttribute('href')!,
        mediaType: i.getAttribute('media-type')!,
        properties: i.getAttribute('properties') ?? '',
      }));
      const byId = new Map(manifest.map((i) => [i.id, i.href]));
      const spine = [...doc.getElementsByTagNameNS('http://www.idpf.org/2007/opf', 'itemref')].map(
        (r) => byId.get(r.getAttribute('idref')!) ?? `?${r.getAttribute('idref')}`,
      );
      // The dc:source's id, for the refinement that says it is the source of the pagination.
      for (const e of [...doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'source')]) if (e.id) (dc['source-id'] ??= []).push(e.id);
      return { meta, dc, refines, manifest, spine };
    }, xml);
  } finally {
    await page.close();
  }
}

/** A page's text as letters only (lower case, NFKC): hyphens, spaces, digits and line breaks of print do not count. */
export const letters = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');

export const contentDir = (opfPath: string) => dirname(opfPath);
