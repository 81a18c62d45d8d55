/**
 * Load the sample reader's seeds as normalized trees for the analyze tests.
 * Uses the real pipeline (ingest -> normalize) when it is there; until the normalizer
 * lands, builds a rough mdast with remark from a line-based rewrite of the raw text.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { NormalizedText, IngestedText } from '../../../src/types.ts';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The five seeds, with short ids matching their file numbers. */
export const seeds = [
  { id: '000', source: 'content/000-did-lenin-lead-to-stalin.txt' },
  { id: '001', source: 'content/001-westmoreland-nothing-inevitable.txt' },
  { id: '002', source: 'content/002-westmoreland-last-testament.txt' },
  { id: '003', source: 'content/003-woods-stalin-50-years.txt' },
  { id: '004', source: 'content/004-martinez-republic-of-soviets.txt' },
] as const;

type Normalize = (text: IngestedText, options?: object) => NormalizedText | Promise<NormalizedText>;
type IngestFile = (path: string, id: string, root?: string) => Promise<IngestedText>;

/** Whether the real normalizer was used (the fallback is only a stand-in). */
export let usedRealNormalize = false;

async function realPipeline(): Promise<{ normalize: Normalize; ingestFile: IngestFile } | undefined> {
  try {
    // Paths in variables: the modules may not exist yet, and tsc must not insist on them.
    const normalizePath = '../../../src/normalize/index.ts';
    const ingestPath = '../../../src/ingest/index.ts';
    const n = (await import(/* @vite-ignore */ normalizePath)) as { normalize?: Normalize };
    const i = (await import(/* @vite-ignore */ ingestPath)) as { ingestFile?: IngestFile };
    if (n.normalize && i.ingestFile) return { normalize: n.normalize, ingestFile: i.ingestFile };
  } catch {
    // not there yet
  }
  return undefined;
}

/** Stand-in normalizer: one paragraph per line (or per wrapped run for PDF text), notes as GFM footnotes. */
export function roughMarkdown(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const pdf = lines.filter((l) => l.trim() === '').length > lines.length / 3;
  const out: string[] = [];
  let para = '';
  const flush = (): void => {
    if (para.trim()) out.push(para.trim());
    para = '';
  };
  const hasNotes = /^\[\d+\]\s+\S/m.test(raw);
  for (const line of lines) {
    let l = line.trim();
    if (!l) {
      if (!pdf) flush();
      continue;
    }
    if (hasNotes) {
      const def = /^\[(\d+)\]\s+(.*)$/.exec(l);
      if (def) {
        flush();
        out.push(`[^${def[1]}]: ${def[2]}`);
        continue;
      }
      l = l.replace(/\s?\[(\d+)\]/g, '[^$1]');
    }
    const heading = l.length < 60 && !/[.?!:;,"”’)\]]$/.test(l) && /^\p{Lu}/u.test(l) && !/^\d/.test(l);
    if (heading) {
      flush();
      out.push(`## ${l.replace(/\s+/g, ' ')}`);
      continue;
    }
    if (pdf) {
      para = para.endsWith('-') ? para + l : para ? `${para} ${l}` : l;
      if (/[.?!"”]$/.test(l) && line.length < 90) flush();
    } else {
      flush();
      para = l;
      flush();
    }
  }
  flush();
  // Escape what remark would misread in plain prose: list markers and leading `#`.
  return out.map((b) => (b.startsWith('## ') || b.startsWith('[^') ? b : b.replace(/^(\d+)\. /, '$1\\. ').replace(/^([-*+#>]) /, '\\$1 '))).join('\n\n') + '\n';
}

/** Load one seed as a NormalizedText. */
export async function loadSeed(id: string): Promise<NormalizedText> {
  const seed = seeds.find((s) => s.id === id);
  if (!seed) throw new Error(`no seed ${id}`);
  const path = resolve(root, seed.source);
  const real = await realPipeline();
  if (real) {
    usedRealNormalize = true;
    const ingested = await real.ingestFile(path, id, root);
    return await real.normalize(ingested, {});
  }
  const raw = await readFile(path, 'utf8');
  const md = roughMarkdown(raw);
  const file = new VFile({ path: seed.source, value: md });
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file);
  return { id, file, tree, kind: 'clean', changes: [] };
}

/** Load all five seeds. */
export async function loadSeeds(): Promise<NormalizedText[]> {
  return Promise.all(seeds.map((s) => loadSeed(s.id)));
}
