/**
 * Operational errors, each thrown by a name from the catalog (error-catalog.ts): a permanent
 * name, a message (what happened, with the particulars) and a hint (what to do; the catalog's
 * unless the throw gives a more precise one). The CLI prints `file:line:col: message` then
 * the hint, and exits with the catalog's code (2 unless it says otherwise).
 */
import { ERRORS, type ErrorCode } from './error-catalog.ts';
import { formatPlace, type Place } from './util/place.ts';

export { ERRORS, type ErrorCode, type ErrorData } from './error-catalog.ts';

export type ErrorPlace = Place;

export class ReaderError extends Error {
  override readonly name = 'ReaderError';
  /** What to do: the throw's own hint, else the catalog's. */
  readonly hint: string;
  /** Process exit code: the throw's, else the catalog's, else 2. */
  readonly exitCode: number;
  constructor(
    /** Permanent name from the catalog, e.g. `ManifestUnknownField`. */
    readonly code: ErrorCode,
    message: string,
    hint?: string,
    readonly place?: ErrorPlace,
    exitCode?: number,
  ) {
    super(message);
    const data: { hint: string; exit?: number } = ERRORS[code];
    this.hint = hint ?? data.hint;
    this.exitCode = exitCode ?? data.exit ?? 2;
  }

  /** The catalog's one-line description of this kind of error. */
  get title(): string {
    return ERRORS[this.code].title;
  }

  /** One line for the terminal: `file:line:col: message`. */
  get line(): string {
    return this.place ? `${formatPlace(this.place)}: ${this.message}` : this.message;
  }
}

export const isReaderError = (e: unknown): e is ReaderError => e instanceof ReaderError;
