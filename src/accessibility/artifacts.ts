import { CONTENT_OPERATORS, ContentScanner } from '../pdf/content-stream.ts';
import { copyMatrix, IDENTITY, multiplyInto, mutableMatrix, translateInPlace, type Matrix, type MutableMatrix } from '../pdf/matrix.ts';
import { ContentWriter } from './content-writer.ts';

export interface ArtifactOptions {
  /** Page height in points (MediaBox), to find the running-head and folio bands. */
  pageHeight: number;
  /** Height of the top band that holds running heads, in points. */
  topBand: number;
  /** Height of the bottom band that holds folios, in points. */
  bottomBand: number;
  /**
   * Untagged text in the body of the page (not in either band) is content Chromium failed to tag
   * (a list item's number at the top of a page, say), not decoration: a fresh MCID for it, which
   * the tree will adopt (text-layer.ts), or undefined to leave it a Layout artifact. `y`: its baseline.
   */
  adopt?: (y: number) => number | undefined;
}

export interface ArtifactCounts {
  Pagination: number;
  Layout: number;
}

export interface ArtifactResult {
  text: string;
  /** How many artifact sequences were added, by type. */
  added: ArtifactCounts;
}

/**
 * Wrap every run of untagged content in `/Artifact` marked content. Chromium leaves
 * Paged.js's margin boxes (running heads, folios) and decorative rules untagged:
 * text in the top or bottom band becomes a Pagination artifact, anything else Layout.
 * A Pagination artifact says which it is, /Subtype /Header or /Footer (ISO 32000-1 14.8.2.2.2;
 * the Matterhorn Protocol's 18-002 fails a header or footer without it).
 * Sequences never straddle BT/ET, so the result stays well nested.
 */
export function markUntaggedAsArtifacts(content: string, options: ArtifactOptions): ArtifactResult {
  const ops = new ContentScanner(Buffer.from(content, 'latin1'));
  const out = new ContentWriter(ops.bytes);
  const marker = new ArtifactMarker(out, options);
  while (ops.next()) marker.mark(ops);
  marker.finish();
  return { text: out.finish().toString('latin1'), added: marker.added };
}

const HEADER = Buffer.from('/Artifact <</Type /Pagination /Subtype /Header>> BDC', 'latin1');
const FOOTER = Buffer.from('/Artifact <</Type /Pagination /Subtype /Footer>> BDC', 'latin1');
const LAYOUT = Buffer.from('/Artifact <</Type /Layout>> BDC', 'latin1');
const EMC = Buffer.from('EMC', 'latin1');
const SHOWS = new Set(['Tj', 'TJ', "'", '"']);

/**
 * markUntaggedAsArtifacts one operation at a time, so that it can share a scan of the page
 * with the text reader and the text layer: it writes each operation it is given to `out`,
 * with the artifact operators it calls for between (one per line).
 */
export class ArtifactMarker {
  /** How many artifact sequences were added so far, by type. */
  readonly added: ArtifactCounts = { Pagination: 0, Layout: 0 };
  private depth = 0;
  private inText = false;
  private open = false;
  private ctm = mutableMatrix(IDENTITY);
  private stack: MutableMatrix[] = [];
  private tlm = mutableMatrix(IDENTITY);
  private scratch = mutableMatrix(IDENTITY);

  constructor(
    private out: ContentWriter,
    private options: ArtifactOptions,
  ) {}

  /** Take the scanner's current operation: write it, with the artifact operators it calls for. */
  mark(ops: ContentScanner): void {
    switch (ops.op) {
      case 'BDC':
      case 'BMC':
        if (this.depth === 0) this.close();
        this.depth++;
        break;
      case 'EMC':
        this.depth = Math.max(0, this.depth - 1);
        break;
      case 'BT':
        if (this.depth === 0) this.close();
        this.inText = true;
        copyMatrix(this.tlm, IDENTITY);
        break;
      case 'ET':
        if (this.depth === 0) this.close();
        this.inText = false;
        break;
      case 'q':
        this.stack.push(this.ctm.slice());
        break;
      case 'Q':
        copyMatrix(this.ctm, this.stack.pop() ?? IDENTITY);
        break;
      case 'cm':
        multiplyInto(this.ctm, toMatrix(ops), this.ctm);
        break;
      case 'Tm':
        copyMatrix(this.tlm, toMatrix(ops));
        break;
      case 'Td':
      case 'TD': {
        // The first two operands (a missing one counts as 0).
        const tx = ops.count > 0 ? ops.number(0) : 0;
        const ty = ops.count > 1 ? ops.number(1) : 0;
        translateInPlace(this.tlm, tx, ty);
        break;
      }
      default:
        if (this.depth === 0 && !this.open && CONTENT_OPERATORS.has(ops.op)) this.openArtifact(SHOWS.has(ops.op));
    }
    this.out.copy(ops.start, ops.end);
  }

  /** Every operation has been taken: close an artifact still open. */
  finish(): void {
    this.close();
  }

  private close(): void {
    if (this.open) this.out.insert(EMC);
    this.open = false;
  }

  private openArtifact(shows: boolean): void {
    const y = this.inText ? multiplyInto(this.scratch, this.tlm, this.ctm)[5]! : 0;
    const band = this.inText ? bandOf(y, this.options) : undefined;
    const mcid = this.inText && shows && !band ? this.options.adopt?.(y) : undefined;
    if (mcid !== undefined) {
      this.out.insert(Buffer.from(`/Span <</MCID ${mcid}>> BDC`, 'latin1'));
      this.open = true;
      return;
    }
    this.added[band ? 'Pagination' : 'Layout']++;
    this.out.insert(band === 'top' ? HEADER : band === 'bottom' ? FOOTER : LAYOUT);
    this.open = true;
  }
}

/** The last six operands as a matrix; the identity unless all six are numbers. */
function toMatrix(ops: ContentScanner): Matrix {
  if (ops.count < 6) return IDENTITY;
  const m: Matrix = [0, 0, 0, 0, 0, 0];
  for (let k = 0; k < 6; k++) {
    m[k] = ops.number(ops.count - 6 + k);
    if (!Number.isFinite(m[k])) return IDENTITY;
  }
  return m;
}

/** The band a text at height `y` stands in: the running heads' at the top, the folios' at the foot. */
function bandOf(y: number, o: ArtifactOptions): 'top' | 'bottom' | undefined {
  return y > o.pageHeight - o.topBand ? 'top' : y < o.bottomBand ? 'bottom' : undefined;
}
