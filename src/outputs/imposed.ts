import type { OutputRequest } from './types.ts';
import { defineOutput } from './types.ts';

/** A copy of the finished PDF imposed on sheets (`--impose booklet|2up`, `--sheet`, `--creep`, `--signature`). */
const imposedOutput = (id: 'booklet' | 'two-up', mode: 'booklet' | '2up', suffix: string, description: string) =>
  defineOutput({
    id,
    description,
    stage: 'finished',
    wanted: (request: OutputRequest) => request.impose?.mode === mode,
    write: async ({ base, pdf }, { files, request }) => {
      const { impose } = await import('../impose/index.ts');
      const { sheet, creepMm, signature } = request.impose!;
      const result = await impose(pdf, {
        mode,
        ...(sheet ? { sheet } : {}),
        ...(creepMm !== undefined ? { creepMm } : {}),
        ...(signature !== undefined ? { signature } : {}),
      });
      await files.write(`${base}${suffix}.pdf`, result.pdf);
    },
  });

/** `reader-booklet.pdf`: saddle-stitched signatures to print double-sided and fold. */
export const booklet = imposedOutput('booklet', 'booklet', '-booklet', 'reader-booklet.pdf: a booklet to print and fold');
/** `reader-2up.pdf`: two pages on each side of a sheet. */
export const twoUp = imposedOutput('two-up', '2up', '-2up', 'reader-2up.pdf: two pages a side');
