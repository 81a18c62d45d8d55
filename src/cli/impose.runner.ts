import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { addCropMarks, impose } from '../impose/index.ts';
import { writeOutputs } from '../util/write-outputs.ts';
import type { BuildArgs } from './build.parser.ts';

/** After a build: write the imposed and/or crop-marked PDFs next to the reader. Returns their paths. */
export async function imposeOutputs(pdfPath: string, args: BuildArgs): Promise<string[]> {
  const files: Array<{ name: string; data: Uint8Array }> = [];
  const source = new Uint8Array(await readFile(pdfPath));
  if (args.marks === 'crop') {
    files.push({ name: basename(pdfPath).replace(/\.pdf$/, '-crop.pdf'), data: await addCropMarks(source) });
  }
  if (args.impose) {
    const result = await impose(source, {
      mode: args.impose,
      ...(args.sheet ? { sheet: args.sheet } : {}),
      ...(args.creep !== undefined ? { creepMm: args.creep } : {}),
      ...(args.signature !== undefined ? { signature: args.signature } : {}),
    });
    files.push({ name: basename(pdfPath).replace(/\.pdf$/, args.impose === 'booklet' ? '-booklet.pdf' : '-2up.pdf'), data: result.pdf });
  }
  return writeOutputs(dirname(pdfPath), files);
}
