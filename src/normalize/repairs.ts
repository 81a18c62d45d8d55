import type { VFile } from 'vfile';
import type { Change } from '../types.ts';

/** Every message this stage writes carries this source, so reports can filter by stage. */
export const SOURCE = 'reader-normalize';

/** Collects repairs as VFile messages plus `Change` records; skips rules switched off. */
export class Repairs {
  readonly changes: Change[] = [];
  private readonly off: Set<string>;

  constructor(
    readonly file: VFile,
    disabled: readonly string[] = [],
  ) {
    this.off = new Set(disabled);
  }

  /** Whether a rule may run. */
  on(rule: string): boolean {
    return !this.off.has(rule);
  }

  /** Record one repair (or finding, when `before === after`: the build shows findings as warnings). */
  log(rule: string, place: { line: number; column: number }, before: string, after: string, reason: string): void {
    this.changes.push({ rule, line: place.line, column: place.column, before, after });
    this.note(rule, place, reason);
  }

  /** A message without a text change (summaries). */
  note(rule: string, place: { line: number; column: number }, reason: string): void {
    // VFileMessage is an Error: skip capturing a stack trace nobody reads (most of its cost).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      this.file.message(reason, { place: { line: place.line, column: place.column }, ruleId: rule, source: SOURCE });
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

/** Shorten long text for messages. */
export function clip(s: string, n = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
