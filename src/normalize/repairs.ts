import type { VFile } from 'vfile';
import type { Change } from '../types.ts';

/** Every message this stage writes carries this source, so reports can filter by stage. */
export const SOURCE = 'reader-normalize';

/**
 * Collects repairs and findings as VFile messages plus `Change` records; skips rules switched
 * off. A repair (the text changed) is `file.info()`; a finding (`before === after`: a call with
 * no note, a suspicious token) is `file.message()`, a warning. With `known`, a rule id that is
 * not registered (rules/index.ts) is a programming error and throws.
 */
export class Repairs {
  readonly changes: Change[] = [];
  private readonly off: Set<string>;

  constructor(
    readonly file: VFile,
    disabled: readonly string[] = [],
    private readonly known?: ReadonlySet<string>,
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
    this.emit(rule, place, reason, before !== after);
  }

  /** A finding without a text change (a summary, an unreadable source): a warning. */
  note(rule: string, place: { line: number; column: number }, reason: string): void {
    this.emit(rule, place, reason, false);
  }

  /** A summary of repairs made (no text of its own): information, not a warning. */
  info(rule: string, place: { line: number; column: number }, reason: string): void {
    this.emit(rule, place, reason, true);
  }

  private emit(rule: string, place: { line: number; column: number }, reason: string, repair: boolean): void {
    if (this.known && !this.known.has(rule)) throw new Error(`Unregistered normalizer rule \`${rule}\``);
    // VFileMessage is an Error: skip capturing a stack trace nobody reads (most of its cost).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      const options = { place: { line: place.line, column: place.column }, ruleId: rule, source: SOURCE };
      if (repair) this.file.info(reason, options);
      else this.file.message(reason, options);
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
