// A source that is not UTF-8 is read in the charset it declares, and only guessed (with a warning) when it declares none.
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeBytes } from '../../../src/ingest/decode.ts';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeBytes', () => {
  it("reads an HTML page in its <meta charset> (a Gutenberg HTML edition's iso-8859-1), without a warning", () => {
    const page = latin1(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Caf\u00e9 na\u00efve \u00bd</p></body></html>',
    );
    const d = decodeBytes(page);
    expect(d).toMatchObject({ encoding: 'windows-1252' });
    expect(d.warning).toBeUndefined();
    expect(d.text).toContain('Café naïve ½');
  });

  it('reads a charset other than Latin-1 that the page declares (KOI8-R), where a guess would print junk', () => {
    // "Мир" in KOI8-R: 0xED 0xC9 0xD2.
    const page = Uint8Array.from([...latin1('<meta charset="koi8-r"><p>'), 0xed, 0xc9, 0xd2, ...latin1('</p>')]);
    const d = decodeBytes(page);
    expect(d).toMatchObject({ encoding: 'declared', charset: 'koi8-r' });
    expect(d.text).toContain('<p>Мир</p>');
  });

  it('still guesses Windows-1252, and says so, when nothing is declared', () => {
    const d = decodeBytes(latin1('He said \u0093no\u0094 at the caf\u00e9.'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.warning).toMatch(/not UTF-8, decoded as Windows-1252/);
    expect(d.text).toContain('“no”');
  });

  it('takes no declaration of UTF-8 (the bytes are not) or of an unknown charset', () => {
    expect(declaredCharset(latin1('<meta charset="utf-8">'))).toBeUndefined();
    expect(declaredCharset(latin1('<meta charset="x-nonsense">'))).toBeUndefined();
    expect(declaredCharset(latin1('<?xml version="1.0" encoding="ISO-8859-15"?>'))).toBe('iso-8859-15');
  });
});
