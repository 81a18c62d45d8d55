import { CONTENT_OPERATORS, parseContentStream, type Operation } from './content-stream.ts';
import { IDENTITY, multiply, type Matrix } from './matrix.ts';

export interface ArtifactOptions {
  /** Page height in points (MediaBox), to find the running-head and folio bands. */
  pageHeight: number;
  /** Height of the top band that holds running heads, in points. */
  topBand: number;
  /** Height of the bottom band that holds folios, in points. */
  bottomBand: number;
}

export interface ArtifactResult {
  text: string;
  /** How many artifact sequences were added, by type. */
  added: { Pagination: number; Layout: number };
}

/**
 * Wrap every run of untagged content in `/Artifact` marked content. Chromium leaves
 * Paged.js's margin boxes (running heads, folios) and decorative rules untagged:
 * text in the top or bottom band becomes a Pagination artifact, anything else Layout.
 * Sequences never straddle BT/ET, so the result stays well nested.
 */
export function markUntaggedAsArtifacts(content: string | Operation[], options: ArtifactOptions): ArtifactResult {
  const ops = typeof content === 'string' ? parseContentStream(content) : content;
  const out: string[] = [];
  const added = { Pagination: 0, Layout: 0 };
  let depth = 0;
  let inText = false;
  let open = false;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tlm: Matrix = IDENTITY;

  const close = () => {
    if (open) out.push('EMC');
    open = false;
  };
  const openFor = (op: Operation) => {
    const pagination = inText && isInBands(multiply(tlm, ctm)[5], options);
    const type = pagination ? 'Pagination' : 'Layout';
    added[type]++;
    out.push(pagination ? '/Artifact <</Type /Pagination>> BDC' : '/Artifact <</Type /Layout>> BDC');
    open = true;
    void op;
  };

  for (const op of ops) {
    switch (op.op) {
      case 'BDC':
      case 'BMC':
        if (depth === 0) close();
        depth++;
        break;
      case 'EMC':
        depth = Math.max(0, depth - 1);
        break;
      case 'BT':
        if (depth === 0) close();
        inText = true;
        tlm = IDENTITY;
        break;
      case 'ET':
        if (depth === 0) close();
        inText = false;
        break;
      case 'q':
        stack.push(ctm);
        break;
      case 'Q':
        ctm = stack.pop() ?? IDENTITY;
        break;
      case 'cm':
        ctm = multiply(toMatrix(op.operands), ctm);
        break;
      case 'Tm':
        tlm = toMatrix(op.operands);
        break;
      case 'Td':
      case 'TD': {
        const [tx, ty] = op.operands.map(Number);
        tlm = multiply([1, 0, 0, 1, tx ?? 0, ty ?? 0], tlm);
        break;
      }
      default:
        if (depth === 0 && !open && CONTENT_OPERATORS.has(op.op)) openFor(op);
    }
    out.push(op.raw);
  }
  close();
  return { text: out.join('\n'), added };
}

function toMatrix(operands: string[]): Matrix {
  const m = operands.slice(-6).map(Number);
  return m.length === 6 && m.every(Number.isFinite) ? (m as Matrix) : IDENTITY;
}

function isInBands(y: number, o: ArtifactOptions): boolean {
  return y > o.pageHeight - o.topBand || y < o.bottomBand;
}
