import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { commitOutputs, discardStaging, outputError, prepareStaging } from './atomic-out.ts';
import { acquireOutLock } from './out-lock.ts';

/**
 * Write a few files into an output folder outside a build (the booklet, crop marks): under
 * the folder's lock, staged and committed like a build's outputs, so that only a file the
 * tool wrote before is ever replaced.
 */
export async function writeOutputs(outDir: string, files: ReadonlyArray<{ name: string; data: string | Uint8Array }>): Promise<string[]> {
  const lock = await acquireOutLock(outDir);
  try {
    const staging = await prepareStaging(outDir);
    try {
      for (const f of files) await writeFile(join(staging.dir, f.name), f.data).catch((e: unknown) => Promise.reject(outputError(e, outDir)));
      await lock.assertHeld();
      await commitOutputs(staging, outDir);
    } finally {
      await discardStaging(staging);
    }
  } finally {
    await lock.release();
  }
  return files.map((f) => join(outDir, f.name));
}
