/**
 * The PDF/UA claim, decided by the checker: finishing writes a PDF that claims PDF/UA-1; the
 * checker (src/check, which reads the file its own way) runs on the saved bytes; if any rule
 * fails, the claim is taken back and each failure becomes a warning of the build. The one place
 * where the writer and the checker meet.
 */
import { withdrawPdfUaClaim } from './accessibility/index.ts';
import { checkPdf, type CheckOptions, type CheckResult } from './check/index.ts';

export interface Conformance {
  /** The rules that failed (the claim was taken back), empty if it stands. */
  failed: CheckResult[];
}

/** Check `bytes` (changed in place if the claim goes) and say what failed. */
export async function confirmClaim(bytes: Uint8Array, options: CheckOptions = {}): Promise<Conformance> {
  const results = await checkPdf(bytes, options);
  // 5-1 is the claim itself, which stands until a rule fails.
  const failed = results.filter((r) => !r.ok && r.rule !== '5-1');
  if (failed.length) withdrawPdfUaClaim(bytes);
  return { failed };
}

/** A failed rule as a line for the build's warnings. */
export function claimWarning(r: CheckResult): string {
  return `PDF/UA claim dropped: ${r.rule} ${r.title}: ${r.detail}`;
}

/** The failed rules as the build's warnings about `file` (the PDF). */
export function claimMessages(failed: readonly CheckResult[], file: string) {
  return failed.map((r) => ({ file, reason: claimWarning(r), rule: 'pdfua-check', severity: 'warning' as const }));
}
