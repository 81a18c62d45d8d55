/**
 * Captions (WebVTT `.vtt`, SubRip `.srt`) into paragraphs. A talk's captions are its transcript cut
 * into two-second cues, each under a number and a timing line, with markup in the words (`<v Chair>`,
 * `<i>`, `<00:01:02.000>`). The cues' words are joined into paragraphs: a new one where the speaker
 * changes, or where a sentence ends before a pause. Every cue's timing, number and markup taken
 * out is logged with the cue as it stood; the file's header and its NOTE and STYLE blocks too.
 */
import type { Block, Span } from './block.ts';
import { clip, type Repairs } from './repairs.ts';

const id = 'captions';
/** `00:01:02.500 --> 00:01:04.000 align:start`, `00:01:02,500 --> …` (SubRip), hours optional in WebVTT. */
const TIMING = /^((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s.*)?$/;
/** A pause this long after a sentence's end starts a paragraph (seconds). */
const PARAGRAPH_PAUSE = 1.5;
/** A paragraph running this long breaks at the next sentence end, pause or not (characters). */
const LONG_PARAGRAPH = 1200;

interface Cue {
  start: number;
  end: number;
  /** Speaker named by a voice tag (`<v Chair>`) or a leading `NAME:`; `''` for a new unnamed speaker (`>>`, `- `). */
  speaker?: string;
  lines: Array<{ text: string; line: number }>;
  /** Words in `<i>` were written as `_…_`. */
  italic?: boolean;
  line: number;
}

/** Whether a text reads as captions: a WebVTT header, or SubRip's numbered timing lines. */
export function looksLikeCaptions(value: string): boolean {
  if (/^\uFEFF?WEBVTT\b/.test(value)) return true;
  const head = value.split(/\r?\n/, 40);
  return head.filter((l) => TIMING.test(l.trim())).length >= 3;
}

/** The caption file's words as paragraphs, each with its source places. */
export function captionBlocks(value: string, log: Repairs): Block[] {
  const cues = readCues(value, log);
  const blocks: Block[] = [];
  let current: Block | undefined;
  let speaker: string | undefined;
  let previous: Cue | undefined;
  let lastLine: string | undefined;
  for (const cue of cues) {
    // Rolling captions repeat the cue before's last line as their first: keep it once.
    const lines = cue.lines.filter((l, i) => !(i === 0 && lastLine !== undefined && l.text === lastLine));
    if (lines.length < cue.lines.length)
      log.log(
        id,
        { line: cue.lines[0]!.line, column: 1 },
        cue.lines[0]!.text,
        '',
        `Unexpected caption line \`${clip(cue.lines[0]!.text)}\` repeated from the cue before (rolling captions), kept once`,
      );
    lastLine = cue.lines.at(-1)?.text ?? lastLine;
    if (!lines.length) continue;
    const newSpeaker = cue.speaker !== undefined && cue.speaker !== speaker;
    const pause = previous ? cue.start - previous.end : 0;
    const ended = current ? /[.?!…]["'’”)\]]*$/.test(current.text) : false;
    const long = current ? current.text.length > LONG_PARAGRAPH : false;
    if (!current || newSpeaker || cue.speaker === '' || (ended && (pause >= PARAGRAPH_PAUSE || long))) {
      current = { kind: 'paragraph', text: '', spans: [], source: '' };
      blocks.push(current);
      // The name opens the speaker's first paragraph, as a transcript prints it; the next ones go on unnamed.
      if (cue.speaker && newSpeaker) {
        current.text = `${cue.speaker}: `;
        current.spans.push({ offset: 0, line: cue.line, column: 1 });
      }
    }
    if (cue.speaker !== undefined) speaker = cue.speaker;
    if (cue.italic) current.underscoreEmphasis = true;
    for (const l of lines) {
      if (current.text && !current.text.endsWith(' ')) current.text += ' ';
      const span: Span = { offset: current.text.length, line: l.line, column: 1 };
      current.spans.push(span);
      current.text += l.text;
      current.source = current.source ? `${current.source}\n${l.text}` : l.text;
    }
    previous = cue;
  }
  return blocks.filter((b) => b.text.trim());
}

function readCues(value: string, log: Repairs): Cue[] {
  const lines = value.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cues: Cue[] = [];
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && !lines[i]!.trim()) i++;
    if (i >= lines.length) break;
    const from = i;
    while (i < lines.length && lines[i]!.trim()) i++;
    const chunk = lines.slice(from, i);
    const t = chunk.findIndex((l) => TIMING.test(l.trim()));
    const raw = chunk.join('\n');
    if (t < 0 || t > 1) {
      // The WEBVTT header (with `Kind:`, `Language:`), a NOTE, STYLE or REGION block, or a line outside any cue.
      const what = /^\uFEFF?WEBVTT\b/.test(chunk[0]!)
        ? 'header'
        : /^(NOTE|STYLE|REGION)\b/.test(chunk[0]!)
          ? `${chunk[0]!.split(/\s/)[0]} block`
          : 'line outside a cue';
      log.log(id, { line: from + 1, column: 1 }, raw, '', `Unexpected caption ${what} \`${clip(raw.replace(/\n/g, ' / '))}\`, dropped`);
      continue;
    }
    const m = TIMING.exec(chunk[t]!.trim())!;
    const cue: Cue = { start: seconds(m[1]!), end: seconds(m[2]!), lines: [], line: from + 1 };
    const words: string[] = [];
    chunk.slice(t + 1).forEach((l, k) => {
      const text = cueText(l, cue);
      if (text) cue.lines.push({ text, line: from + t + 2 + k });
      words.push(text);
    });
    log.log(
      id,
      { line: from + 1, column: 1 },
      raw,
      words.filter(Boolean).join('\n'),
      `Unexpected caption cue \`${clip(raw.replace(/\n/g, ' / '))}\`: its number, timing and markup taken out, its words kept`,
    );
    cues.push(cue);
  }
  return cues;
}

/** A cue line's words: the speaker taken out into the cue, tags and entities read. */
function cueText(line: string, cue: Cue): string {
  let s = line.trim();
  const voice = /^<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(s);
  if (voice) cue.speaker = voice[1]!.trim();
  // A new speaker: `>> `, `- ` (no name), or a label `NAME:` / `Name Surname:` at the cue's start.
  if (!cue.lines.length && !voice) {
    const turn = /^(?:>>|-)\s+/.exec(s);
    if (turn) {
      cue.speaker = '';
      s = s.slice(turn[0].length);
    }
    // A label in capitals (`CHAIR:`, `SPEAKER 2:`) or a name of two to four words (`Maria Lopez:`); one
    // capitalised word is as often the start of a sentence ("Remember: …") and is left alone.
    const label =
      /^((?:[\p{Lu}][\p{Lu}.'’-]+(?:\s(?:[\p{Lu}][\p{Lu}.'’-]*|\d+)){0,3})|(?:[\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){1,3})):\s+(?=\S)/u.exec(s);
    if (label) {
      cue.speaker = label[1]!;
      s = s.slice(label[0].length);
    }
  }
  return (
    s
      .replace(/<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>/g, '')
      // Italics are emphasis (a title, a stressed word): kept as `_…_`, which the block reads as emphasis.
      .replace(/<i>([^<]*)<\/i>/gi, (_, words: string) => {
        if (!words.trim() || words.includes('_')) return words;
        cue.italic = true;
        return `_${words.trim()}_`;
      })
      .replace(/<\/?(?:v|c|i|b|u|lang|ruby|rt|font)(?:[.\s][^>]*)?>/gi, '')
      .replace(/\{\\[^}]*\}/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lrm;|&rlm;/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function seconds(t: string): number {
  const parts = t.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}
