/**
 * Podcast transcripts (thechangelog/transcripts, CC BY-SA 4.0: one Markdown file per episode,
 * each speaker's turn a paragraph opening with the speaker's name in bold) as the corpus reads
 * them: the turns of an excerpt, as `Para`s for the Gutenberg typesetters, in plain text.
 */
import type { Para } from './gutenberg.ts';

/** Markdown's marks taken out of a turn: bold names, escapes, links, emphasis. */
function plain(md: string): string {
  return md
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\\([[\]#*_`\\-])/g, '$1')
    .replace(/(^|\s)[_*]([^_*\n]+)[_*](?=[\s.,;:!?]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The transcript's turns (and any headings) as paragraphs. */
export function transcriptParas(md: string): Para[] {
  const out: Para[] = [];
  for (const chunk of md.replace(/\r/g, '').split(/\n[ \t]*\n/)) {
    const t = chunk.trim();
    if (!t) continue;
    const heading = /^#{1,6}\s+/.exec(t);
    const text = plain(heading ? t.slice(heading[0].length) : t);
    if (text) out.push({ kind: heading ? 'h' : 'p', lines: [text] });
  }
  return out;
}

/** About `size` characters of turns from a third of the way in, starting at a speaker's turn. */
export function transcriptExcerpt(paras: Para[], size: number): Para[] {
  let i = Math.floor(paras.length / 3);
  while (i < paras.length && !/^[\p{Lu}][^:]{0,40}:\s/u.test(paras[i]!.lines[0]!)) i++;
  const out: Para[] = [];
  let n = 0;
  for (; i < paras.length && n < size; i++) {
    out.push(paras[i]!);
    n += paras[i]!.lines[0]!.length;
  }
  return out;
}
