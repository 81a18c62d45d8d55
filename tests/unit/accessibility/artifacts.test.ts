import { describe, expect, it } from 'vitest';
import { markUntaggedAsArtifacts } from '../../../src/accessibility/artifacts.ts';
import { parseContentStream } from '../../../src/pdf/content-stream.ts';
import { taggingFindings } from './tagging.ts';

const opts = { pageHeight: 600, topBand: 46, bottomBand: 52 };

describe('parseContentStream', () => {
  it('keeps strings, arrays and dictionaries whole', () => {
    const ops = parseContentStream('/P <</MCID 3 /ActualText (a\\) b)>> BDC BT [(x) -20 <0041>] TJ ET EMC');
    expect(ops.map((o) => o.op)).toEqual(['BDC', 'BT', 'TJ', 'ET', 'EMC']);
    expect(ops[0]!.operands[1]).toBe('<</MCID 3 /ActualText (a\\) b)>>');
  });
});

describe('markUntaggedAsArtifacts', () => {
  it('makes a folio in the bottom band a Pagination artifact and a rule a Layout artifact', () => {
    const src = 'BT 1 0 0 1 50 20 Tm (12) Tj ET\n/P <</MCID 0>> BDC BT 1 0 0 1 50 300 Tm (text) Tj ET EMC\n0 0 10 1 re f';
    const { text, added } = markUntaggedAsArtifacts(src, opts);
    expect(added).toEqual({ Pagination: 1, Layout: 1 });
    expect(text).toContain('/Artifact <</Type /Pagination /Subtype /Footer>> BDC');
    expect(taggingFindings(text)).toEqual([]);
    expect(taggingFindings(src)).toEqual(['untagged']);
  });

  it('never opens a sequence across BT/ET and leaves tagged content alone', () => {
    const src = 'q 1 0 0 1 0 580 cm BT 0 0 Td (Head) Tj ET Q /H1 <</MCID 1>> BDC BT (x) Tj ET EMC';
    const { text, added } = markUntaggedAsArtifacts(src, opts);
    expect(added.Pagination).toBe(1);
    expect(text).toMatch(/BT\n[^]*\/Artifact <<\/Type \/Pagination \/Subtype \/Header>> BDC\n[^]*Tj\nEMC\nET/);
    expect(text).toContain('/H1 <</MCID 1>> BDC');
  });
});
