/**
 * Operational errors from one catalog: each has a permanent name, a message (what happened)
 * and a hint (what to do). The CLI prints `file:line:col: message` then the hint, exit code 2.
 */
import { formatPlace, type Place } from './util/place.ts';

export type ErrorPlace = Place;

export class ReaderError extends Error {
  override readonly name = 'ReaderError';
  constructor(
    /** Permanent id, e.g. `ManifestUnknownField`. */
    readonly code: string,
    message: string,
    readonly hint?: string,
    readonly place?: ErrorPlace,
    /** Process exit code. 2 for bad input, 1 for a failed check, 130 for an interrupt. */
    readonly exitCode = 2,
  ) {
    super(message);
  }

  /** One line for the terminal: `file:line:col: message`. */
  get line(): string {
    return this.place ? `${formatPlace(this.place)}: ${this.message}` : this.message;
  }
}

export const isReaderError = (e: unknown): e is ReaderError => e instanceof ReaderError;
