/**
 * Undo UTF-8 text that was decoded as Windows-1252 ("â€™" for "’"). We re-encode a suspicious
 * run to bytes and keep the result only when it is valid UTF-8, so real accented text survives.
 */

// Windows-1252 code points 0x80-0x9F that are not the Latin-1 C1 controls.
const CP1252: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

const CONT = '\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
// A lead byte (Â..ô) followed by 1-3 continuation bytes as they look in Windows-1252.
const RUN = new RegExp(`[\\u00C2-\\u00F4][${CONT}]{1,3}`, 'g');
const decoder = new TextDecoder('utf-8', { fatal: true });

function toByte(ch: string): number | undefined {
  const c = ch.charCodeAt(0);
  if (c <= 0xff) return c;
  return CP1252[ch];
}

function tryDecode(run: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = toByte(ch);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  try {
    const out = decoder.decode(new Uint8Array(bytes));
    // One decoded character per run; anything else is probably real Latin-1 text.
    // A C1 control is no character anyone meant to type: leave such runs alone.
    return [...out].length === 1 && !/[\u0000-\u001F\u007F-\u009F]/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

export interface MojibakeHit {
  index: number;
  before: string;
  after: string;
}

/** Find and fix mojibake runs in one string. */
export function fixMojibake(s: string): { text: string; hits: MojibakeHit[] } {
  if (!/[\u00C2-\u00F4]/.test(s)) return { text: s, hits: [] };
  const hits: MojibakeHit[] = [];
  const text = s.replace(RUN, (run: string, index: number) => {
    // Try the longest prefix first: "â€™" is three chars, "Ã©" two.
    for (let n = run.length; n >= 2; n--) {
      const part = run.slice(0, n);
      const out = tryDecode(part);
      if (out !== undefined) {
        hits.push({ index, before: part, after: out });
        return out + run.slice(n);
      }
    }
    return run;
  });
  return { text, hits };
}
