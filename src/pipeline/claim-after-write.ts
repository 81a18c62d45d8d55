/**
 * Under `reader build --watch` the PDF/UA check runs after the rebuilt PDF is in place, not
 * before it: pdf.js reads every page (about 3 s of a 6 s rebuild of the sample), and the one
 * editing wants to see the page. The PDF is written without its claim; the check then runs on
 * the claiming bytes, and the claim is put in (the PDF and build.json written again, through
 * the locked, staged folder) only if it passes. A failed check adds its warnings to
 * build.json and the warnings file, and the PDF stays without the claim. A newer build
 * abandons the check (its signal), leaving the PDF without the claim. A plain `reader build`
 * checks before it writes (build.ts).
 */
import { createHash } from 'node:crypto';
import type { CheckResult } from '../check/index.ts';
import { claimMessages, claimWarning, confirmClaim } from '../conformance.ts';
import type { OutGuard } from '../util/out-folder.ts';
import { OutFolder } from './out-folder.ts';
import { warningsText, type BuildReport } from './report.ts';

export interface ClaimLater {
  outDir: string;
  guard: OutGuard;
  /** The finished PDF with its claim (the written one has it blanked out). */
  claimed: Uint8Array;
  /** The HTML it was printed from, for the text-layer rule. */
  sourceHtml: string;
  /** The build's report as written, and the names of the files to write again. */
  report: BuildReport;
  files: { pdf: string; report: string; warnings: string };
}

export interface ClaimOutcome {
  /** The PDF now claims PDF/UA-1. */
  claimed: boolean;
  /** The rules that failed (then the claim stays out). */
  failed: CheckResult[];
  /** One line per failed rule, as the build's warnings say it. */
  warnings: string[];
}

/** Check, then write the claim in, or the failures down. Rejects with an AbortError if `signal` aborts first. */
export async function claimAfterWrite(later: ClaimLater, signal: AbortSignal): Promise<ClaimOutcome> {
  const { failed } = await confirmClaim(later.claimed, { sourceHtml: later.sourceHtml, signal });
  signal.throwIfAborted();
  const report: BuildReport = structuredClone(later.report);
  const folder = new OutFolder(later.outDir, { guard: later.guard });
  try {
    if (failed.length) {
      report.warnings.push(...claimMessages(failed, later.files.pdf));
      await folder.write(later.files.warnings, warningsText(report.warnings));
    } else {
      await folder.write(later.files.pdf, later.claimed);
      report.pdfSha256 = createHash('sha256').update(later.claimed).digest('hex');
    }
    await folder.write(later.files.report, `${JSON.stringify(report, null, 2)}\n`);
    signal.throwIfAborted();
    await folder.commit();
  } finally {
    await folder.close();
  }
  return { claimed: failed.length === 0, failed, warnings: failed.map(claimWarning) };
}
