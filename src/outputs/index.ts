/**
 * Every output the tool can write, in the order a run writes those of one stage. Adding an
 * output is one new module beside these and one line here.
 */
import { accessibleHtmlOutput } from './accessible-html.ts';
import { cropMarks } from './crop-marks.ts';
import { epub } from './epub.ts';
import { booklet, twoUp } from './imposed.ts';
import { largePrint } from './large-print.ts';
import { normalizeReport } from './normalize-report.ts';
import { packs } from './packs.ts';
import { readerPdf } from './reader-pdf.ts';
import type { Output } from './types.ts';

export const OUTPUTS: readonly Output[] = [readerPdf, largePrint, accessibleHtmlOutput, normalizeReport, epub, cropMarks, booklet, twoUp, packs];

export type { Edition, Finished, LaidOut, Output, OutputContext, OutputFiles, OutputRequest, Prepared, Stage, StageFacts } from './types.ts';
export { defineOutput } from './types.ts';
export type { PacksWritten } from './packs.ts';
export type { EpubWritten } from './epub.ts';
export type { PackRequest } from './types.ts';
