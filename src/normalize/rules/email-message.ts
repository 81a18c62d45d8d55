import type { SrcLine } from '../block.ts';
import type { Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';
import type { FrontMatter } from '../../types.ts';

const id = 'email-message';

/** A mail header line: its field and value. */
const HEADER =
  /^(from|to|cc|bcc|date|sent|subject|reply-to|organi[sz]ation|message-id|objet|de|à|envoyé|betreff|von|an|gesendet|asunto|para|enviado)\s*:\s*(.*)$/i;
/** Fields that make a run of header lines a mail's head, not a text that opens with "To: my mother". */
const SURE = /^(?:from|subject|sent|objet|betreff|asunto|von|de)$/i;
/** "---------- Forwarded message ---------", "-----Original Message-----", "Begin forwarded message:". */
const FORWARDED =
  /^(?:-{2,}\s*(?:forwarded message|original message|message transféré|message d'origine|weitergeleitete nachricht|ursprüngliche nachricht|mensaje (?:reenviado|original))\s*-{2,}|begin forwarded message:)$/i;
/** The attribution over a quoted reply: "On Mon, 2 Jun 1890 at 18:40, NAME <address> wrote:" (and in French, German, Spanish). */
const ATTRIBUTION = /^(?:on\b.{5,160}\bwrote|le\b.{5,160}\ba écrit|am\b.{5,160}\bschrieb|el\b.{5,160}\bescribió)\s*:$/i;
/** A signature's delimiter: `-- ` on a line of its own (RFC 3676), or the bare `--` many clients leave. */
const SIG_DASHES = /^--\s*$/;

/**
 * An e-mail handed over as a text: its header lines (From, To, Date, Subject … at the top, or
 * under a "Forwarded message" line) are taken out, the sender and date kept as front matter and
 * the subject kept as the text's first line; the quoted message at the end (the attribution
 * "On … wrote:" and the `>` lines under it) and the signature under a `-- ` line are dropped.
 * Quotes between the writer's own paragraphs are the conversation and stay. Each run logged whole.
 */
export const emailMessage = defineRule({
  id,
  switchable: true,
  description:
    'An e-mail: its header lines (From, To, Date, Subject …, at the top or under a "Forwarded message" line) are taken out (the sender and date as front matter, the subject kept as the first line), and the quoted message at the end ("On … wrote:" and its `>` lines) and the signature under a `-- ` line are dropped; each run logged whole',
  run: {
    lines(lines, { log, front, kind }) {
      if (kind === 'markdown' || kind === 'html') return lines;
      const drop = new Set<number>();
      const subjectAt = new Map<number, string>();
      // Header runs: at the top, and under a forwarded-message line.
      const starts: number[] = [];
      const first = lines.findIndex((l) => l.text);
      if (first >= 0) starts.push(first);
      lines.forEach((l, i) => {
        if (FORWARDED.test(l.text)) {
          drop.add(i);
          log.log(id, l, l.text, '', `Unexpected forwarded-message line \`${l.text}\`, dropped`);
          starts.push(i + 1);
        }
      });
      for (const s of starts) headerRun(lines, s, drop, subjectAt, front, log, s === first);
      // The quoted message at the end, and the signature.
      const last = trailingQuote(lines, drop, log);
      signature(lines, last, drop, log);
      if (drop.size === 0) return lines;
      const out: SrcLine[] = [];
      lines.forEach((l, i) => {
        const subject = subjectAt.get(i);
        if (subject !== undefined) out.push({ ...l, text: subject, column: l.column + l.text.length - subject.length });
        else if (!drop.has(i)) out.push(l);
        else out.push({ ...l, text: '' });
      });
      return out;
    },
  },
});

/** A run of header lines from `from` (blank lines before it skipped); logged, and taken out. */
function headerRun(lines: SrcLine[], from: number, drop: Set<number>, subjectAt: Map<number, string>, front: FrontMatter, log: Repairs, top: boolean): void {
  let i = from;
  while (i < lines.length && !lines[i]!.text) i++;
  const run: number[] = [];
  for (; i < lines.length && lines[i]!.text; i++) {
    const m = HEADER.exec(lines[i]!.text);
    if (!m) break;
    run.push(i);
  }
  // The run is a mail's head: two fields at least, one of them a sure one, and nothing else on its lines' chunk.
  const fields = run.map((k) => HEADER.exec(lines[k]!.text)![1]!.toLowerCase());
  if (run.length < 2 || !fields.some((f) => SURE.test(f)) || (i < lines.length && lines[i]!.text)) return;
  for (const k of run) {
    const l = lines[k]!;
    const [, field, value] = HEADER.exec(l.text)!;
    const f = field!.toLowerCase();
    if (/^(?:subject|objet|betreff|asunto)$/.test(f) && value && top) {
      subjectAt.set(k, value.trim());
      log.log(id, l, l.text, value.trim(), `Unexpected mail header \`${field}:\`, the subject kept as the text's first line`);
      continue;
    }
    drop.add(k);
    const sender = value
      ?.replace(/\s*<[^>]*>\s*/g, ' ')
      .replace(/["“”]/g, '')
      .trim();
    if (top && /^(?:from|de|von)$/.test(f) && sender && !front.author) front.author = sender;
    if (top && /^(?:date|sent|envoyé|gesendet|enviado)$/.test(f) && value && !front.date) front.date = value.trim();
    log.log(id, l, l.text, '', `Unexpected mail header \`${field}:\`, taken out${top && /^(?:from|date|sent|de|von)$/.test(f) ? ' as front matter' : ''}`);
  }
}

/** The quoted message that closes the mail: an attribution, then `>` lines (and blanks) to the end. Returns the index the rest ends at. */
function trailingQuote(lines: SrcLine[], drop: Set<number>, log: Repairs): number {
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.text) end--;
  let i = end;
  while (i > 0 && (!lines[i - 1]!.text || lines[i - 1]!.text.startsWith('>'))) i--;
  if (i === end) return end;
  // Up to the attribution line, if there is one right above the quote.
  const quoted = lines.slice(i, end).filter((l) => l.text).length;
  if (i > 0 && ATTRIBUTION.test(lines[i - 1]!.text)) i--;
  else if (quoted < 2) return end;
  for (let k = i; k < end; k++) drop.add(k);
  const firstLine = lines[i]!;
  const text = lines
    .slice(i, end)
    .map((l) => l.text)
    .join('\n')
    .trim();
  log.log(
    id,
    firstLine,
    text,
    '',
    `Unexpected quoted message at the end (lines ${firstLine.line}-${lines[end - 1]!.line}), dropped: it is the message replied to`,
  );
  return i;
}

/** A signature: a `-- ` line and at most four short lines under it, up to `end` (where a trailing quote began). */
function signature(lines: SrcLine[], end: number, drop: Set<number>, log: Repairs): void {
  let stop = end;
  while (stop > 0 && !lines[stop - 1]!.text) stop--;
  for (let i = stop - 1; i >= 0 && i >= stop - 8; i--) {
    if (!SIG_DASHES.test(lines[i]!.text)) continue;
    const below = lines.slice(i + 1, stop).filter((l) => l.text);
    // A signature is a few short lines (name, role, address); a list's footer under `--` is
    // longer, and rule `email-boilerplate` judges its lines one by one.
    if (below.length === 0 || below.length > 4 || below.some((l) => l.text.length > 60)) return;
    for (let k = i; k < stop; k++) drop.add(k);
    const text = lines
      .slice(i, stop)
      .map((l) => l.text)
      .join('\n')
      .trim();
    log.log(id, lines[i]!, text, '', `Unexpected signature under \`--\` (lines ${lines[i]!.line}-${lines[stop - 1]!.line}), dropped`);
    return;
  }
}
