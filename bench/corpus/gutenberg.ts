/**
 * Project Gutenberg plain texts as the corpus reads them: the body between the START and END
 * lines, its blank-line paragraphs classified (prose, heading, verse, note), excerpts, and the
 * footnotes each excerpt calls (Gutenberg writes a call as `[1]` or `[A]` and the note as a
 * `[Footnote 1: ...]` or `[1] ...` block after the paragraph, the chapter or the book).
 */

export interface Para {
  kind: 'p' | 'h' | 'verse' | 'note';
  lines: string[];
  /** Footnote texts for the calls in this paragraph, in call order (typeset versions). */
  notes?: string[];
}

export const joinLines = (ls: string[]): string =>
  ls
    .map((l) => l.trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The body of a Gutenberg text: between the START and END lines, without the producer's credits. */
export function gutenbergBody(raw: string): string {
  const text = raw.replace(/\r/g, '');
  const start = text.search(/^\*\*\* ?START OF.*$/m);
  const end = text.search(/^\*\*\* ?END OF.*$/m);
  const body = text.slice(start < 0 ? 0 : text.indexOf('\n', start) + 1, end < 0 ? text.length : end);
  return body.replace(/^\s*(?:Produced by|E-text prepared by)[\s\S]*?\n\n/, '');
}

/** `[Footnote 1: text]` or `[1] text`: the note's id and text. */
const NOTE = /^\[(?:Footnote\s+)?(\w{1,3})(?::\s*|\]\s+)([\s\S]*?)\]?$/;
const NOTE_START = /^\[(?:Footnote\s+\w{1,3}:|\w{1,3}\]\s)/;

/** Blank-line paragraphs, classified: heading (short, no stop), verse (several short or indented lines), note, prose. */
export function paragraphs(body: string): Para[] {
  const out: Para[] = [];
  for (const chunk of body.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    if (lines.length === 0) continue;
    const text = joinLines(lines);
    if (/^\[(?:Illustration|Music|Musical)/i.test(text) || /^[*\s.]+$/.test(text)) continue;
    const short = lines.every((l) => l.trim().length < 58);
    const indented = lines.every((l) => /^\s{2,}/.test(l));
    if (NOTE_START.test(text)) out.push({ kind: 'note', lines });
    else if (lines.length === 1 && text.length < 70 && !/[.,;:!?]["'”’]?$/.test(text)) out.push({ kind: 'h', lines });
    else if (lines.length === 1 && /^(?:CHAPTER|BOOK|PART|LECTURE)\b/i.test(text)) out.push({ kind: 'h', lines });
    else if (lines.length >= 2 && (indented || short)) out.push({ kind: 'verse', lines });
    else out.push({ kind: 'p', lines });
  }
  return out;
}

/** A deterministic excerpt of about `size` characters starting at a heading near `at`: its paragraph indexes. */
export function excerpt(paras: Para[], at: number, size: number): number[] {
  let i = Math.floor(paras.length * at);
  for (let k = i; k < Math.min(paras.length, i + 40); k++) {
    if (paras[k]!.kind === 'h') {
      i = k;
      break;
    }
  }
  const out: number[] = [];
  let n = 0;
  for (let k = i; k < paras.length && n < size; k++) {
    out.push(k);
    n += joinLines(paras[k]!.lines).length;
  }
  return out;
}

/**
 * The excerpt for typesetting: notes leave the flow, and each call `[id]` whose note follows it
 * in the book (the first note of that id after the call's paragraph) becomes a marker
 * `\u0000k\u0000` for the paragraph's k-th footnote. Calls without a note stay as they are.
 */
export function withFootnotes(paras: Para[], picked: number[]): Para[] {
  const notesAfter = (from: number, id: string): string | undefined => {
    for (let k = from; k < paras.length; k++) {
      const p = paras[k]!;
      if (p.kind !== 'note') continue;
      const m = NOTE.exec(joinLines(p.lines));
      if (m && m[1] === id) return m[2]!.trim();
    }
    return undefined;
  };
  const out: Para[] = [];
  for (const k of picked) {
    const p = paras[k]!;
    if (p.kind === 'note') continue;
    const found: string[] = [];
    const lines = p.lines.map((l) =>
      l.replace(/\[(\w{1,3})\]/g, (all, id: string) => {
        const n = notesAfter(k + 1, id);
        if (n === undefined) return all;
        found.push(n);
        return `\u0000${found.length - 1}\u0000`;
      }),
    );
    out.push({ ...p, lines, ...(found.length ? { notes: found } : {}) });
  }
  return out;
}

/**
 * Truth blocks. Plain text: every chunk as it stands (notes too, in place). Typeset: the title
 * first, calls numbered `[n]` through the document, notes after the text in call order (or
 * left out when the engine drops them).
 */
export function truthOf(paras: Para[], title: string | undefined, notes: 'in-place' | 'end' | 'none'): string[] {
  const out: string[] = title ? [title] : [];
  const end: string[] = [];
  for (const p of paras) {
    if (p.kind === 'note' && notes !== 'in-place') continue;
    out.push(
      joinLines(p.lines)
        .replace(/\u0000(\d+)\u0000/g, (_, k: string) => {
          if (notes === 'none') return '';
          end.push(p.notes?.[Number(k)] ?? '');
          return `[${end.length}]`;
        })
        .replace(/_([^_]+)_/g, '$1'),
    );
  }
  return [...out, ...end.map((n, i) => `[${i + 1}] ${n.replace(/_([^_]+)_/g, '$1')}`)];
}
