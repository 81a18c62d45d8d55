/**
 * The page references of the full reader (`reader.anchors.json`) and whether they still
 * describe the reader the current sources would build.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BuildReport } from './report.ts';
import type { PreparedText } from '../types.ts';

/** Anchors of the full reader, or why they cannot be trusted (then the reader is rebuilt). */
export type ReaderRefs = { anchors: Record<string, number>; pages: number; stale?: undefined } | { stale: string; anchors?: undefined };

/**
 * Read `<readerDir>/reader.anchors.json` and check it against the current sources: every
 * text's sha256 (from `prepare()`), the texts and their order, their paragraph counts, and
 * that neither the manifest nor a template or stylesheet of the reader (`layoutDirs`) was
 * edited after the build: they move pages without changing a source.
 */
export async function readReaderRefs(
  readerDir: string,
  texts: readonly Pick<PreparedText, 'meta' | 'analysis'>[],
  hashes: Record<string, string>,
  manifestPath: string,
  layoutDirs: readonly string[] = [],
): Promise<ReaderRefs> {
  const anchorsPath = join(readerDir, 'reader.anchors.json');
  const shown = relative(process.cwd(), anchorsPath) || anchorsPath;
  let anchors: Record<string, number>;
  let report: BuildReport;
  try {
    anchors = JSON.parse(await readFile(anchorsPath, 'utf8')) as Record<string, number>;
    report = JSON.parse(await readFile(join(readerDir, 'build.json'), 'utf8')) as BuildReport;
  } catch {
    return { stale: `${shown} or its build.json is missing` };
  }
  const built = report.texts ?? [];
  if (built.map((t) => t.id).join('\n') !== texts.map((t) => t.meta.id).join('\n'))
    return { stale: `the texts of reader.yaml differ from those of the last build` };
  for (const [i, t] of texts.entries()) {
    if (built[i]!.sha256 !== hashes[t.meta.id]) return { stale: `${t.meta.source} changed since the reader was built` };
    if (built[i]!.paragraphs !== t.analysis.paragraphs) return { stale: `${t.meta.id} has a different number of paragraphs than in the last build` };
    for (let n = 1; n <= t.analysis.paragraphs; n++)
      if (typeof anchors[`${t.meta.id}-p${n}`] !== 'number') return { stale: `${shown} has no page for ${t.meta.id}-p${n}` };
  }
  const [m, a] = await Promise.all([stat(manifestPath), stat(anchorsPath)]);
  if (m.mtimeMs > a.mtimeMs) return { stale: `${relative(process.cwd(), manifestPath) || manifestPath} was edited after the reader was built` };
  const newer = await newerFile(layoutDirs, a.mtimeMs);
  if (newer) return { stale: `${relative(process.cwd(), newer) || newer} was edited after the reader was built` };
  return { anchors, pages: report.pages };
}

/** A reader template or stylesheet in `dirs` (and their `partials/`) changed after `since`. Pack files do not count. */
async function newerFile(dirs: readonly string[], since: number): Promise<string | undefined> {
  for (const dir of dirs) {
    for (const sub of ['', 'partials']) {
      const names = await readdir(join(dir, sub)).catch(() => [] as string[]);
      for (const name of names) {
        if (!/\.(hbs|css)$/.test(name) || name.startsWith('pack') || name.startsWith('profile-')) continue;
        const file = join(dir, sub, name);
        const info = await stat(file).catch(() => undefined);
        if (info?.isFile() && info.mtimeMs > since) return file;
      }
    }
  }
  return undefined;
}
