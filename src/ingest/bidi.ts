/**
 * Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 * make text display in an order other than the one it reads in ("Trojan Source"). A printed
 * reader never needs them (the template sets direction), so they are removed with a warning.
 * The marks U+200E/U+200F stay: they only nudge neutral characters.
 */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

export interface BidiStrip {
  text: string;
  count: number;
  /** Place of the first one removed. */
  first?: { line: number; column: number; code: string };
}

export function stripBidiControls(text: string): BidiStrip {
  BIDI.lastIndex = 0;
  const m = BIDI.exec(text);
  if (!m) return { text, count: 0 };
  const before = text.slice(0, m.index);
  const line = before.split('\n').length;
  const column = m.index - before.lastIndexOf('\n');
  let count = 0;
  const out = text.replace(BIDI, () => {
    count++;
    return '';
  });
  return { text: out, count, first: { line, column, code: `U+${m[0].charCodeAt(0).toString(16).toUpperCase()}` } };
}
