import type { PhrasingContent } from 'mdast';
import type { Block } from './block.ts';

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };
// "[12]" or superscript digits right after a word or punctuation.
// (`[iv]`, `[a]`: a Roman numeral or a letter, as Word numbers endnotes; a call only where the text defines that note.)
const CALL = /\[(\d{1,3}|[ivxlc]{1,6}|[a-z])\]|(?<=[\p{L}\p{P}])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/gu;

/** A note call in a block's text: where, its raw text, the note number, and whether it is bracketed. */
export interface CallMatch {
  at: number;
  raw: string;
  id: string;
  bracketed: boolean;
}

/** Every possible note call in `text`, in order. */
export function callsIn(text: string): CallMatch[] {
  if (!/\[(?:\d|[a-z]{1,6}\])|[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)) return [];
  const out: CallMatch[] = [];
  for (const m of text.matchAll(CALL)) {
    const id = m[1] ?? [...(m[2] ?? '')].map((c) => SUPERSCRIPT[c] ?? '').join('');
    out.push({ at: m.index ?? 0, raw: m[0], id: /^\d+$/.test(id) ? String(Number(id)) : id, bracketed: m[1] !== undefined });
  }
  return out;
}

/**
 * Phrasing content of a block: text, with the note calls rule `note-call` found turned into
 * footnote references (`calls` collects their ids), and bare URLs and addresses as links.
 */
export function toPhrasing(b: Block, calls: Set<string>): PhrasingContent[] {
  if (b.lineBreaks) return withLineBreaks(b, calls);
  const out: PhrasingContent[] = [];
  let last = 0;
  const text = b.text;
  for (const c of b.calls ?? []) {
    // The space some sites put before a call ("productions [7],") goes: the call hugs its word.
    const before = text.slice(last, c.at).replace(/ +$/, '');
    if (before) out.push({ type: 'text', value: before });
    out.push({ type: 'footnoteReference', identifier: c.id, label: c.id });
    calls.add(c.id);
    last = c.at + c.length;
  }
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  const linked = out.flatMap((n) => (n.type === 'text' ? linkify(n.value) : [n]));
  return b.underscoreEmphasis ? linked.flatMap((n) => (n.type === 'text' ? emphasise(n.value) : [n])) : linked;
}

/** `_word_` or `_a few words_` between non-letters: plain text's emphasis (Project Gutenberg). */
export const UNDERSCORE_EMPHASIS = /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^_\n]{0,200}?[^\s_])_(?![\p{L}\p{N}_])/gu;

function emphasise(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(UNDERSCORE_EMPHASIS)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ type: 'text', value: value.slice(last, at) });
    out.push({ type: 'emphasis', children: [{ type: 'text', value: m[1]! }] });
    last = at + m[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}

/** A block that keeps its source line breaks (verse): one segment per line, a break between. */
function withLineBreaks(b: Block, calls: Set<string>): PhrasingContent[] {
  const cuts = b.spans
    .slice(1)
    .map((s) => s.offset)
    .filter((o) => b.text[o - 1] === ' ');
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const to of [...cuts.map((c) => c - 1), b.text.length]) {
    const seg: Block = {
      ...b,
      lineBreaks: false,
      text: b.text.slice(from, to),
      calls: (b.calls ?? []).filter((c) => c.at >= from && c.at < to).map((c) => ({ ...c, at: c.at - from })),
    };
    if (out.length) out.push({ type: 'break' });
    out.push(...toPhrasing(seg, calls));
    from = to + 1;
  }
  return out;
}

// Bare URLs and e-mail addresses. Markdown readers auto-link them, so we make the links
// ourselves: printed and re-read, the text then stays the same (idempotent output). An
// address is linked as remark-gfm links it on reading: its domain ends in a letter ("x@y.z_"
// and "+@-.-" stay text).
const AUTOLINK = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]*_~]|(?<![\w+\-.])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const EMAIL_END = /[A-Za-z]$/;

function linkify(value: string): PhrasingContent[] {
  if (!/:\/\/|www\.|@/.test(value)) return [{ type: 'text', value }];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const m of value.matchAll(AUTOLINK)) {
    const at = m.index ?? 0;
    let raw = m[0];
    const email = !/^(?:https?:|www\.)/.test(raw);
    if (email && !EMAIL_END.test(raw)) continue;
    // Keep a closing parenthesis only if the URL opened one: "(see http://x.org/a)" ends before it.
    if (raw.endsWith(')') && (raw.match(/\(/g) ?? []).length < (raw.match(/\)/g) ?? []).length) raw = raw.slice(0, -1);
    if (at > last) out.push({ type: 'text', value: value.slice(last, at) });
    const url = email ? `mailto:${raw}` : raw.startsWith('www.') ? `http://${raw}` : raw;
    out.push({ type: 'link', url, children: [{ type: 'text', value: raw }] });
    last = at + raw.length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
