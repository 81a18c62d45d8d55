/** Bytes and text of PDF string tokens, as they stand in a content stream or a property list. */

/** The bytes of a hex string's digits (white space ignored, an odd last digit padded with 0). */
export function hexBytes(hex: string): number[] {
  const clean = hex.replace(/\s+/g, '');
  const out: number[] = [];
  for (let i = 0; i < clean.length; i += 2) out.push(parseInt(clean.slice(i, i + 2).padEnd(2, '0'), 16));
  return out;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** The bytes of a literal string token `(…)`, escapes read. */
export function literalBytes(token: string): number[] {
  const s = token.slice(1, -1);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\') {
      out.push(s.charCodeAt(i) & 0xff);
      continue;
    }
    const next = s[++i] ?? '';
    if (next in ESCAPES) out.push(ESCAPES[next]!);
    else if (/[0-7]/.test(next)) {
      let oct = next;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) oct += s[++i];
      out.push(parseInt(oct, 8) & 0xff);
    } else if (next === '\r' && s[i + 1] === '\n') i++;
    else if (next !== '\n' && next !== '\r') out.push(next.charCodeAt(0) & 0xff);
  }
  return out;
}

/**
 * A text string's bytes as text: UTF-16BE after a byte-order mark, else one character per byte
 * (PDFDocEncoding agrees with Latin-1 on the letters a property list holds).
 */
export function textString(bytes: number[]): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
    return text;
  }
  return String.fromCharCode(...bytes);
}
