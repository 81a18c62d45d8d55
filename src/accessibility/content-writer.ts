/**
 * Writes a rewritten content stream: spans of the source (operations) and inserted operators,
 * one per line. Where the source puts one white-space byte between two operations, the span
 * just grows (that byte to become a newline), so an unchanged stretch of the page is copied
 * in one go, not operation by operation.
 */
export class ContentWriter {
  private out: Buffer;
  private length = 0;
  private items = 0;
  /** The span of the source waiting to be copied; from < 0: none. */
  private from = -1;
  private to = -1;
  /** Where, in that span, a separator other than a newline stands. */
  private separators: number[] = [];

  constructor(private source: Buffer) {
    this.out = Buffer.allocUnsafe(source.length + (source.length >> 4) + 256);
  }

  /** Append source bytes [start, end) as the next item. */
  copy(start: number, end: number): void {
    if (this.from >= 0 && start === this.to + 1 && isWhitespace(this.source[this.to]!)) {
      if (this.source[this.to] !== 0x0a) this.separators.push(this.to);
      this.to = end;
      return;
    }
    this.flush();
    this.from = start;
    this.to = end;
  }

  /** Append bytes of our own as the next item. */
  insert(bytes: Buffer): void {
    this.flush();
    this.separate();
    this.reserve(bytes.length);
    bytes.copy(this.out, this.length);
    this.length += bytes.length;
  }

  /** The items, joined by newlines. */
  finish(): Buffer {
    this.flush();
    return this.out.subarray(0, this.length);
  }

  private flush(): void {
    if (this.from < 0) return;
    this.separate();
    this.reserve(this.to - this.from);
    const shift = this.length - this.from;
    this.length += this.source.copy(this.out, this.length, this.from, this.to);
    for (const at of this.separators) this.out[at + shift] = 0x0a;
    this.separators.length = 0;
    this.from = -1;
  }

  private separate(): void {
    if (this.items++ === 0) return;
    this.reserve(1);
    this.out[this.length++] = 0x0a;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.out.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.out.length * 2, this.length + n));
    this.out.copy(bigger, 0, 0, this.length);
    this.out = bigger;
  }
}

/** PDF white space. */
function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}
