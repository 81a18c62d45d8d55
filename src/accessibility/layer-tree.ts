import { PDFHexString, PDFName, type PDFDocument } from 'pdf-lib';
import type { Kid, McidKid, StructNode } from '../pdf/struct-tree.ts';
import { walk } from '../pdf/struct-tree.ts';
import { createElem } from './struct-tree.ts';
import type { PageLayer } from './text-layer.ts';

/**
 * The tree follows the text layer's cuts (text-layer.ts): where a sequence was cut around a
 * line-end hyphen (its glyph now an artifact), its element holds the pieces in order, and
 * between them a Span whose ActualText is U+00AD: the soft hyphen. Returns how many were put in.
 */
export function followCuts(doc: PDFDocument, root: StructNode, layer: PageLayer[], pageIndex: Map<string, number>): number {
  const cuts = layer.map((p) => new Map(p.splits));
  if (cuts.every((c) => c.size === 0)) return 0;
  let hyphens = 0;
  for (const node of [...walk(root)]) {
    if (!node.kids.some((k) => k.kind === 'mcid')) continue;
    const kids: Kid[] = [];
    for (const kid of node.kids) {
      const pieces = kid.kind === 'mcid' ? cuts[pageIndex.get(kid.page.toString()) ?? -1]?.get(kid.mcid) : undefined;
      if (kid.kind !== 'mcid' || !pieces) {
        kids.push(kid);
        continue;
      }
      for (const piece of pieces) {
        if (typeof piece === 'number') {
          kids.push({ kind: 'mcid', mcid: piece, page: kid.page });
          continue;
        }
        const span = createElem(doc, 'Span', node);
        span.dict.set(PDFName.of('ActualText'), PDFHexString.fromText(piece.actualText));
        kids.push(span);
        hyphens++;
      }
    }
    node.kids = kids;
  }
  return hyphens;
}

/**
 * The tree takes in the body text Chromium left untagged and the text layer tagged
 * (`PageLayer.orphans`): on the line of the tagged sequence before it, just after that one (a
 * page number after "p. "); else just before the next one (a list item's number before the rest
 * of its link); failing either, next to the other. Before followCuts, while the tree still names
 * the MCIDs Chromium wrote. Returns how many were adopted.
 */
export function adoptOrphans(root: StructNode, layer: PageLayer[], pageIndex: Map<string, number>): number {
  if (layer.every((p) => !p.orphans?.length)) return 0;
  // Where each page's MCIDs stand in the tree.
  const where = new Map<string, { node: StructNode; kid: McidKid }>();
  for (const node of walk(root))
    for (const kid of node.kids) if (kid.kind === 'mcid') where.set(`${pageIndex.get(kid.page.toString())}:${kid.mcid}`, { node, kid });
  let adopted = 0;
  const added = new Set<Kid>();
  layer.forEach((p, i) => {
    for (const o of p.orphans ?? []) {
      const next = o.next === undefined ? undefined : where.get(`${i}:${o.next}`);
      const prev = where.get(`${i}:${o.prev}`);
      const byNext = next !== undefined && (!o.sameLine || prev === undefined);
      const home = byNext ? next : prev;
      if (!home) continue;
      let at = home.node.kids.indexOf(home.kid) + (byNext ? 0 : 1);
      // After the orphans already put after the same sequence, so that they keep their order.
      while (!byNext && at < home.node.kids.length && added.has(home.node.kids[at]!)) at++;
      const kid: McidKid = { ...home.kid, mcid: o.mcid };
      home.node.kids.splice(at, 0, kid);
      added.add(kid);
      adopted++;
    }
  });
  return adopted;
}

// Table cells stay, empty or not: a row keeps its columns, and header references their targets.
const KEEP_EMPTY = new Set(['TD', 'TH', 'TR', 'Document']);

/**
 * Sequences the text layer made artifacts (shapes only: rules, vector bullets, side bars) leave
 * the tree, and so does an element they leave empty, such as a list label that was only a
 * drawn bullet. Returns how many elements went.
 */
export function dropDecorations(root: StructNode, layer: PageLayer[], pageIndex: Map<string, number>): number {
  const gone = layer.map((p) => new Set(p.decorations));
  if (gone.every((g) => g.size === 0)) return 0;
  let dropped = 0;
  const visit = (node: StructNode): boolean => {
    const before = node.kids.length;
    node.kids = node.kids.filter((k) => {
      if (k.kind === 'mcid') return !gone[pageIndex.get(k.page.toString()) ?? -1]?.has(k.mcid);
      if (k.kind === 'objr') return true;
      const keep = visit(k);
      if (!keep) dropped++;
      return keep;
    });
    return node.kids.length > 0 || before === 0 || KEEP_EMPTY.has(node.type);
  };
  visit(root);
  return dropped;
}
