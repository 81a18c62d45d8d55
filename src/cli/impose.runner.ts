import { readFile } from 'node:fs/promises';
import { addCropMarks, impose } from '../impose/index.ts';
import { writeFileAtomic } from '../util/write-atomic.ts';
import type { BuildArgs } from './build.parser.ts';

/** After a build: write the imposed and/or crop-marked PDFs next to the reader. Returns their paths. */
export async function imposeOutputs(pdfPath: string, args: BuildArgs): Promise<string[]> {
  const written: string[] = [];
  const source = new Uint8Array(await readFile(pdfPath));
  if (args.marks === 'crop') {
    const path = pdfPath.replace(/\.pdf$/, '-crop.pdf');
    await writeFileAtomic(path, await addCropMarks(source));
    written.push(path);
  }
  if (args.impose) {
    const result = await impose(source, {
      mode: args.impose,
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(args.creep !== undefined ? { creepMm: args.creep } : {}),
      ...(args.signature !== undefined ? { signature: args.signature } : {}),
    });
    const path = pdfPath.replace(/\.pdf$/, args.impose === 'booklet' ? '-booklet.pdf' : '-2up.pdf');
    await writeFileAtomic(path, result.pdf);
    written.push(path);
  }
  return written;
}
