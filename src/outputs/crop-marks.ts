import { defineOutput } from './types.ts';

/** `reader-crop.pdf` (`--marks crop`): the finished PDF with crop marks and a 3 mm bleed (TrimBox/BleedBox). */
export const cropMarks = defineOutput({
  id: 'crop-marks',
  description: 'reader-crop.pdf: crop marks and bleed for a print shop',
  stage: 'finished',
  wanted: (request) => request.marks === 'crop',
  write: async ({ base, pdf }, { files }) => {
    const { addCropMarks } = await import('../impose/index.ts');
    await files.write(`${base}-crop.pdf`, await addCropMarks(pdf));
  },
});
