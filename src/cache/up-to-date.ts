import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport } from '../build.ts';
import { outLocked } from '../util/out-lock.ts';

/**
 * The report of the last build in `outDir` if its inputs fingerprint and PDF are unchanged.
 * Never while another build holds the folder's lock: its outputs are about to change.
 */
export async function upToDate(outDir: string, fingerprint: string, profile?: string): Promise<BuildReport | undefined> {
  if (await outLocked(outDir)) return undefined;
  try {
    const report = JSON.parse(await readFile(join(outDir, profile ? `build.${profile}.json` : 'build.json'), 'utf8')) as BuildReport & { inputs?: string; pdfSha256?: string };
    if (report.inputs !== fingerprint || !report.pdfSha256) return undefined;
    const pdf = await readFile(join(outDir, report.pdf));
    return createHash('sha256').update(pdf).digest('hex') === report.pdfSha256 ? report : undefined;
  } catch {
    return undefined;
  }
}
