/**
 * A place in what a ContentWriter has taken: while `src >= 0` it is that offset of the source,
 * not yet written out; once written, `out` is its offset in the output.
 */
export interface Mark {
  src: number;
  out: number;
  /** Where the place stands: just before an item (its separator comes after what is put there) or just after one. */
  side: 'before' | 'after';
}

const NEWLINE = Buffer.from('\n');

/**
 * Writes a rewritten content stream: spans of the source (operations) and inserted operators,
 * one per line. Where the source puts one white-space byte between two operations, the span
 * just grows (that byte to become a newline), so an unchanged stretch of the page is copied
 * in one go, not operation by operation.
 *
 * A pass that learns only later what belongs at an earlier place (a space after the last glyph
 * of a line, found when the next line starts) takes a `mark()` there and calls `insertAt` or
 * `replace` when it knows: what lies after the place moves up. Such places are a line or so
 * back, so the bytes that move are few.
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
  /** Marks still held by a pass. */
  private marks: Mark[] = [];

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

  /** A mark at the end of what was taken so far; hold it until `forget`. */
  mark(): Mark {
    const m: Mark = this.from >= 0 ? { src: this.to, out: -1, side: 'after' } : { src: -1, out: this.length, side: 'after' };
    this.marks.push(m);
    return m;
  }

  /**
   * A mark at source offset `offset` of what was just taken (the start or end of an operation
   * copied lately): undefined unless it lies in the span not yet written out.
   */
  markSource(offset: number, side: Mark['side']): Mark | undefined {
    if (this.from < 0 || offset < this.from || offset > this.to) return undefined;
    const m: Mark = { src: offset, out: -1, side };
    this.marks.push(m);
    return m;
  }

  /** The pass no longer needs `m`. */
  forget(m: Mark): void {
    const i = this.marks.indexOf(m);
    if (i >= 0) this.marks.splice(i, 1);
  }

  /** Put `bytes` as an item of its own at `m` (between the items before and after it). */
  insertAt(m: Mark, bytes: Buffer): void {
    this.resolve(m);
    const at = m.out;
    // The item before the mark and the item after it (if any) each keep their separator.
    const before = m.side === 'before' || at === 0;
    const withSeparators = before ? (this.length > at ? Buffer.concat([bytes, NEWLINE]) : bytes) : Buffer.concat([NEWLINE, bytes]);
    this.splice(at, at, withSeparators);
    if (at === 0 || this.items === 0) this.items++;
  }

  /** Put `bytes` in place of what lies between marks `a` and `b` (an item taken between them). */
  replace(a: Mark, b: Mark, bytes: Buffer): void {
    this.resolve(a);
    this.resolve(b);
    this.splice(a.out, b.out, bytes);
  }

  /** The items, joined by newlines. */
  finish(): Buffer {
    this.flush();
    return this.out.subarray(0, this.length);
  }

  private resolve(m: Mark): void {
    if (m.src >= 0) this.flush();
  }

  /** Replace output [from, to) with `bytes`; marks after it move with the bytes. */
  private splice(from: number, to: number, bytes: Buffer): void {
    const delta = bytes.length - (to - from);
    this.reserve(Math.max(0, delta));
    this.out.copyWithin(to + delta, to, this.length);
    bytes.copy(this.out, from);
    this.length += delta;
    for (const m of this.marks) if (m.src < 0 && m.out >= to) m.out += delta;
  }

  private flush(): void {
    if (this.from < 0) return;
    this.separate();
    this.reserve(this.to - this.from);
    const shift = this.length - this.from;
    this.length += this.source.copy(this.out, this.length, this.from, this.to);
    for (const at of this.separators) this.out[at + shift] = 0x0a;
    for (const m of this.marks) {
      if (m.src < 0) continue;
      m.out = m.src + shift;
      m.src = -1;
    }
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
