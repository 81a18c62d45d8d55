/**
 * Text shapes a new user's files came in, made here from the corpus's own sources (no tool needed,
 * so built on every run, never cached): the words are the sources', only the damage is ours.
 * - `ocr-book`: an old printed book read by OCR: a title page of short centred lines, running
 *   heads with folios at page tops, a catchword (the next page's first word) alone at each page
 *   foot, words hyphenated across line and page ends, footnotes marked `*` `†` `‡` at the page
 *   foot, ligatures (ﬁ ﬂ), and in the `long-s` variant the long s (ſ);
 * - `slides`: a talk's slides exported to text, one slide per paragraph of the source, its
 *   sentences as bullets: run together in one line (`run-on`) or one bullet a line (`lines`),
 *   with "Slide n" labels and slide numbers;
 * - `transcript-banner`: a podcast transcript as copied from its page: the show's banner (title,
 *   "Transcript", the publisher) and time stamps alone on lines between the turns.
 */
import enUs from 'hyphen/en-us/index.js';
import { joinLines, type Para } from './gutenberg.ts';
import { prng } from '../prng.ts';

function seedOf(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Greedy wrap to `width`, hyphenating about half the words that could be split (English patterns). */
function wrap(text: string, width: number, rnd: () => number, indent = ''): string[] {
  const lines: string[] = [];
  let cur = indent;
  for (const word of text.split(' ').filter(Boolean)) {
    if (!cur.trim()) {
      cur += word;
      continue;
    }
    if (cur.length + 1 + word.length <= width) {
      cur += ` ${word}`;
      continue;
    }
    const room = width - cur.length - 2;
    if (/^[a-zA-Z]{6,}[,.;:]?$/.test(word) && room >= 2 && rnd() < 0.5) {
      const parts = enUs.hyphenateSync(word, { hyphenChar: '\u00AD' }).split('\u00AD');
      let left = '';
      for (const p of parts.slice(0, -1)) {
        if (left.length + p.length > room) break;
        left += p;
      }
      if (left.length >= 2) {
        lines.push(`${cur} ${left}-`);
        cur = word.slice(left.length);
        continue;
      }
    }
    lines.push(cur);
    cur = word;
  }
  if (cur.trim()) lines.push(cur);
  return lines;
}

const centre = (s: string, width: number): string => ' '.repeat(Math.max(0, Math.floor((width - s.length) / 2))) + s;

/** A title cut into short lines, as a title page sets it. */
function titleLines(title: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const w of title.toUpperCase().split(' ')) {
    if (cur && cur.length + 1 + w.length > 22) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out;
}

const LIGATURES: [RegExp, string][] = [
  [/ffi/g, '\uFB03'],
  [/ffl/g, '\uFB04'],
  [/ff/g, '\uFB00'],
  [/fi/g, '\uFB01'],
  [/fl/g, '\uFB02'],
];

/** The printer's sorts: ligatures, and the long s wherever a round s does not end the word. */
function oldSorts(line: string, longS: boolean): string {
  let out = line;
  for (const [re, lig] of LIGATURES) out = out.replace(re, lig);
  return longS ? out.replace(/s(?=[a-z])(?!f|b|k)/g, '\u017F') : out;
}

const MARKS = ['*', '†', '‡', '§'];

/**
 * An old printed book read by OCR. `variant` 1: indented paragraphs, no blank lines, pages apart
 * by a form feed, long s; 2: blank lines between paragraphs (as OCR engines write them), pages
 * apart by blank lines, ligatures only.
 */
export function ocrBook(paras: Para[], title: string, author: string, variant: 1 | 2, seed: string): string {
  const rnd = prng(seedOf(seed));
  const width = 58 + Math.floor(rnd() * 9);
  const perPage = 30;
  const out: string[] = [];
  // The title page.
  out.push('', '', ...titleLines(title).map((l) => centre(l, width)), '', centre('BY', width), '', centre(author.toUpperCase(), width), '', '');
  out.push(variant === 1 ? '\f' : '\n\n');
  const longS = variant === 1;
  // Body lines, each with the notes its calls bring.
  interface Line {
    text: string;
    notes: string[];
    gap?: boolean;
  }
  const body: Line[] = [];
  let head = title.toUpperCase();
  const heads: string[] = [];
  for (const p of paras) {
    if (p.kind === 'note') continue;
    if (p.kind === 'h') {
      head = joinLines(p.lines).toUpperCase().slice(0, 40);
      body.push({ text: '', notes: [], gap: true }, { text: centre(joinLines(p.lines), width), notes: [] }, { text: '', notes: [], gap: true });
      heads.push(head);
      continue;
    }
    const lines =
      p.kind === 'verse'
        ? p.lines.map((l) => `      ${l.trim()}`)
        : wrap(joinLines(p.lines).replace(/_([^_]+)_/g, '$1'), width, rnd, variant === 1 ? '   ' : '');
    for (const l of lines) {
      const notes: string[] = [];
      const text = l.replace(/\u0000(\d+)\u0000/g, (_, k: string) => {
        notes.push(p.notes?.[Number(k)] ?? '');
        return '\u0001';
      });
      body.push({ text, notes });
      heads.push(head);
    }
    if (variant === 2 || p.kind === 'verse') body.push({ text: '', notes: [], gap: true });
  }
  // Pages.
  let folio = 1;
  for (let at = 0; at < body.length; at += perPage) {
    let lines = body.slice(at, at + perPage);
    while (lines.length && lines[0]!.gap) lines = lines.slice(1);
    folio++;
    if (at > 0) {
      const h = heads[at] ?? title.toUpperCase();
      const running = folio % 2 === 0 ? `${folio}${' '.repeat(8)}${title.toUpperCase()}` : `${h}${' '.repeat(8)}${folio}`;
      out.push(running, '');
    }
    const notes: string[] = [];
    for (const l of lines) {
      let text = l.text;
      for (const n of l.notes) {
        text = text.replace('\u0001', MARKS[notes.length % MARKS.length]!);
        notes.push(n);
      }
      out.push(oldSorts(text, longS));
    }
    if (notes.length) {
      out.push('');
      notes.forEach((n, i) => {
        for (const [j, l] of wrap(`${MARKS[i % MARKS.length]} ${n.replace(/_([^_]+)_/g, '$1')}`, width, rnd).entries())
          out.push(oldSorts(j ? `  ${l}` : l, longS));
      });
    }
    // The catchword: the next page's first word, alone at the foot, to the right.
    const next = body.slice(at + perPage).find((l) => l.text.trim());
    if (next) out.push(`${' '.repeat(width - 10)}${oldSorts(next.text.trim().split(' ')[0]!.replace('\u0001', ''), longS)}`);
    if (at === 0) out.push(centre(String(folio), width));
    out.push(variant === 1 ? '\f' : '\n\n');
  }
  return `${out.join('\n').replace(/\n*\f\n*/g, '\n\f')}\n`;
}

/** The truth of an OCR book: the title, the text, its notes at the end in call order. */
export { truthOf as ocrTruth } from './gutenberg.ts';

/** A paragraph's sentences (a stop, a space, then a capital or a quote). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** One slide: an optional title and its bullets. */
interface Slide {
  title?: string;
  bullets: string[];
}

/** The excerpt as slides: a heading titles the next slide, a paragraph's sentences are its bullets (five at most a slide). */
export function slidesOf(paras: Para[]): Slide[] {
  const out: Slide[] = [];
  let title: string | undefined;
  for (const p of paras) {
    if (p.kind === 'note' || p.kind === 'verse') continue;
    const text = joinLines(p.lines)
      .replace(/\u0000\d+\u0000/g, '')
      .replace(/_([^_]+)_/g, '$1')
      .replace(/\[\w{1,3}\]/g, '');
    if (p.kind === 'h') {
      // Headings in a row: the one before titles a slide of its own.
      if (title) out.push({ title, bullets: [] });
      title = text;
      continue;
    }
    const ss = sentences(text);
    for (let i = 0; i < ss.length; i += 5) {
      out.push({ ...(title ? { title } : {}), bullets: ss.slice(i, i + 5) });
      title = undefined;
    }
  }
  return out;
}

/** Slides as a user's export gives them: `run-on` (bullets in one line) or `lines` (a bullet a line, wrapped, page breaks). */
export function slidesText(slides: Slide[], variant: 'run-on' | 'lines'): string {
  const out: string[] = [];
  slides.forEach((s, i) => {
    if (variant === 'run-on') {
      out.push(`Slide ${i + 1}`, '');
      if (s.title) out.push(s.title, '');
      out.push(s.bullets.map((b) => `• ${b}`).join(' '), '');
    } else {
      if (s.title) out.push(s.title, '');
      for (const b of s.bullets) for (const [j, l] of wrap(b, 72, () => 1).entries()) out.push(j ? `  ${l}` : `• ${l}`);
      out.push('', String(i + 1), '\f');
    }
  });
  return `${out.join('\n').replace(/\n*\f\n*/g, '\n\f')}\n`;
}

/** The truth of a slides case: each title, then each bullet. */
export function slidesTruth(slides: Slide[]): string[] {
  return slides.flatMap((s) => [...(s.title ? [s.title] : []), ...s.bullets]);
}

const stamp = (sec: number): string =>
  [Math.floor(sec / 3600), Math.floor(sec / 60) % 60, Math.floor(sec) % 60].map((n) => String(n).padStart(2, '0')).join(':');

/**
 * A transcript copied from its page: the banner (title, "Transcript", publisher), then the turns
 * with a time stamp alone on a line before every third turn (`[hh:mm:ss]`); `wrapped`: hard-wrapped at 76.
 */
export function transcriptBanner(paras: Para[], title: string, publisher: string, wrapped: boolean): string {
  const out: string[] = [title, 'Transcript', publisher, ''];
  let sec = 0;
  paras.forEach((p, i) => {
    const text = joinLines(p.lines);
    if (i % 3 === 0) out.push(`[${stamp(sec)}]`, '');
    sec += text.length / 14;
    out.push(...(wrapped ? wrap(text, 76, () => 1) : [text]), '');
  });
  return `${out.join('\n')}\n`;
}
