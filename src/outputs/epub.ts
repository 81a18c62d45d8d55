import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultStylesDir } from '../compose/styles-dir.ts';
import type { Prepared } from './types.ts';
import { defineOutput } from './types.ts';

export interface EpubWritten {
  file: string;
  bytes: number;
  documents: number;
  /** Printed pages marked, of the edition's pages. */
  pagesMarked: number;
  pages: number;
  /** Markers placed inside the paragraph a page opens in / before an element starting on it / with the next page (blank pages). */
  placement: { continued: number; starts: number; blank: number };
  /** Pages not marked: nothing starts on them and they open in no paragraph (a table's second page, say). */
  unplaced: number[];
  unresolvedLinks: string[];
  ms: number;
}

/**
 * `reader.epub`: the EPUB 3 edition, with the printed reader's page numbers. Written once the
 * book is laid out (it needs the page of every paragraph), while the PDF is finished.
 */
export const epub = defineOutput({
  id: 'epub',
  description: 'reader.epub: EPUB 3 with the printed page numbers',
  stage: 'laid-out',
  option: { flag: 'epub', help: 'also write reader.epub (EPUB 3, printed page numbers)', manifest: 'epub' },
  wanted: (request) => request.edition !== undefined && (request.also?.includes('epub') ?? false),
  write: async (facts, { files }): Promise<EpubWritten> => {
    const started = performance.now();
    if (!facts.composed) throw new Error('The EPUB needs the laid-out book of this run');
    const { writeEpub } = await import('../epub/index.ts');
    const { manifest, root } = facts.loaded;
    const result = writeEpub({
      manifest,
      root,
      texts: facts.texts,
      analysis: facts.analysis,
      composedHtml: facts.composed.html,
      anchors: facts.anchors,
      pages: facts.pages,
      ...(facts.continuations ? { continuations: facts.continuations } : {}),
      ...(facts.blankPages ? { blankPages: facts.blankPages } : {}),
      pdfName: `${facts.base}.pdf`,
      modified: await modifiedDate(facts),
      stylesheets: await epubStyles(manifest.styles ? join(root, manifest.styles) : undefined),
    });
    const file = `${facts.base}.epub`;
    await files.write(file, result.bytes);
    const placement = { continued: 0, starts: 0, blank: 0 };
    for (const m of result.marks) placement[m.how]++;
    return {
      file,
      bytes: result.bytes.length,
      documents: result.documents.length,
      pagesMarked: result.marks.length,
      pages: facts.pages,
      placement,
      unplaced: result.unplaced,
      unresolvedLinks: result.unresolved,
      ms: Math.round(performance.now() - started),
    };
  },
});

/**
 * The reflowable styles: `styles/epub/*.css` of the tool, then the same folder of the user's
 * `styles` (where `reader eject styles` puts a copy to edit).
 */
export async function epubStyles(userStyles: string | undefined): Promise<Array<{ name: string; content: string }>> {
  const out: Array<{ name: string; content: string }> = [];
  for (const [dir, prefix] of [[join(defaultStylesDir, 'epub'), 'default'], ...(userStyles ? [[join(userStyles, 'epub'), 'user']] : [])] as const) {
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.css')).sort())
      out.push({ name: `${prefix}-${name}`, content: await readFile(join(dir, name), 'utf8') });
  }
  return out;
}

/**
 * `dcterms:modified`: SOURCE_DATE_EPOCH when set (reproducible builds), else when the manifest
 * or a source last changed, so the same inputs give the same EPUB, byte for byte.
 */
export async function modifiedDate({ loaded }: Pick<Prepared, 'loaded'>): Promise<Date> {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  if (process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const paths = [loaded.path, ...loaded.manifest.texts.map((t) => join(loaded.root, t.source))];
  const times = await Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  );
  return new Date(Math.floor(Math.max(...times) / 1000) * 1000);
}
