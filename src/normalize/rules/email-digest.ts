import type { SrcLine } from '../block.ts';
import type { Repairs } from '../repairs.ts';
import { clip } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'email-digest';

/** The source lines each message's header gave way to, per text (the `blocks` phase makes them headings). */
const titles = new WeakMap<Repairs, Set<number>>();

/** Mailman's opening of a digest: "Send Tenants-union mailing list submissions to". */
const OPENER = /^send \S.{0,80} mailing list submissions to$/i;
const TOPICS = /^today'?s topics:?$/i;
/** "Message: 3" over each message's header lines. */
const MESSAGE = /^message:\s*(\d{1,4})$/i;
/** "End of Tenants-union Digest, Vol 42, Issue 7". */
const END = /^end of \S.{0,80} digest\b.{0,60}$/i;
/** The digest's own rules between its parts: a line of dashes, underscores or stars. */
const RULE_LINE = /^(?:-{10,}|_{10,}|\*{10,})$/;
/** "   1. Rent strike meeting on Thursday (Maria Lopez)": a topic of the day, under `TOPICS`. */
const TOPIC = /^(\d{1,4})\.\s+(\S.*)$/;
/** The header fields of a message in a digest. */
const FIELD =
  /^(?:date|from|to|cc|reply-to|subject|message-id|in-reply-to|references|content-type|content-transfer-encoding|content-disposition|mime-version)\s*:/i;
/** The digest's footer message: "Subject: Digest Footer". */
const FOOTER = /^subject:\s*digest footer$/i;

/**
 * A mailing list's digest handed over as a text (Mailman's plain digest): the list's opening
 * lines ("Send … mailing list submissions to", how to subscribe, whom to reach, "When
 * replying …"), the table of "Today's Topics", the rules between messages, the footer message
 * and "End of … Digest" are dropped; each message's "Message: N" and header lines (Date, From,
 * To, Subject, Message-ID …) give way to one line, the message's own entry in the topics
 * ("Rent strike meeting on Thursday (Maria Lopez)"), so each message opens under its subject and
 * sender. Each run logged whole, with its lines.
 */
export const emailDigest = defineRule({
  id,
  switchable: true,
  description:
    'A mailing list\'s digest (Mailman\'s plain digest): its opening lines ("Send … mailing list submissions to" …), "Today\'s Topics", the rules between messages, the footer and "End of … Digest" are dropped, and each message\'s "Message: N" and header lines give way to its entry in the topics ("Subject (Sender)"); each run logged whole',
  run: {
    lines(lines, { log, kind }) {
      if (kind === 'markdown' || kind === 'html' || !isDigest(lines)) return lines;
      const out = lines.slice();
      const blank = (from: number, to: number, what: string): void => {
        const run = lines.slice(from, to).filter((l) => l.text);
        if (run.length === 0) return;
        for (let k = from; k < to; k++) out[k] = { ...lines[k]!, text: '' };
        log.log(id, run[0]!, run.map((l) => l.text).join('\n'), '', `Unexpected ${what} (lines ${run[0]!.line}-${run.at(-1)!.line}), dropped`);
      };
      const topics = new Map<string, string>();
      for (let i = 0; i < lines.length; i++) {
        const t = lines[i]!.text;
        if (OPENER.test(t)) {
          let j = i + 1;
          while (j < lines.length && !TOPICS.test(lines[j]!.text) && !RULE_LINE.test(lines[j]!.text) && !MESSAGE.test(lines[j]!.text)) j++;
          blank(i, j, "mailing list's digest opening");
          i = j - 1;
        } else if (TOPICS.test(t)) {
          let j = i + 1;
          for (; j < lines.length && (!lines[j]!.text || TOPIC.test(lines[j]!.text)); j++) {
            const m = TOPIC.exec(lines[j]!.text);
            if (m) topics.set(m[1]!, m[2]!);
          }
          blank(i, j, "digest's table of topics");
          i = j - 1;
        } else if (MESSAGE.test(t)) {
          i = header(lines, out, i, topics, log) - 1;
        } else if (FOOTER.test(t)) {
          let j = i + 1;
          // Up to the rule of dashes that closes it (its own rule of underscores is inside).
          while (j < lines.length && !/^-{10,}$/.test(lines[j]!.text) && !END.test(lines[j]!.text)) j++;
          blank(i, j, "digest's footer");
          i = j - 1;
        } else if (END.test(t) || RULE_LINE.test(t)) {
          const end = END.test(t) && RULE_LINE.test(lines[i + 1]?.text ?? '') ? i + 2 : i + 1;
          blank(i, end, END.test(t) ? "digest's closing line" : "digest's rule between messages");
          i = end - 1;
        }
      }
      return out;
    },
    blocks(blocks, { log }) {
      const at = titles.get(log);
      if (!at) return blocks;
      // Each message opens under its entry: a heading, not a paragraph the heading rule may judge either way.
      for (const b of blocks) {
        if (b.kind !== 'paragraph' || !at.has(b.spans[0]?.line ?? -1)) continue;
        b.kind = 'heading';
        b.depth = 2;
        delete b.cand;
      }
      return blocks;
    },
  },
});

/** A digest: its opening line, or two of its other marks (the topics, a "Message: N" line, the closing line). */
function isDigest(lines: SrcLine[]): boolean {
  let opener = false;
  let topics = false;
  let message = false;
  let end = false;
  for (const l of lines) {
    opener ||= OPENER.test(l.text);
    topics ||= TOPICS.test(l.text);
    message ||= MESSAGE.test(l.text);
    end ||= END.test(l.text);
  }
  return (opener && (topics || message)) || [topics, message, end].filter(Boolean).length >= 2;
}

/**
 * "Message: N" at `at` and the header lines under it (a field's value may go on over indented
 * lines): one line in their place, the message's entry in the topics, or its subject and
 * sender. Returns the index after the header.
 */
function header(lines: SrcLine[], out: SrcLine[], at: number, topics: Map<string, string>, log: Repairs): number {
  const n = MESSAGE.exec(lines[at]!.text)![1]!;
  let j = at + 1;
  let subject = '';
  let from = '';
  for (; j < lines.length; j++) {
    const l = lines[j]!;
    if (!l.text) break;
    if (FIELD.test(l.text)) {
      const value = l.text.slice(l.text.indexOf(':') + 1).trim();
      if (/^subject\s*:/i.test(l.text)) subject = value;
      if (/^from\s*:/i.test(l.text))
        from = value
          .replace(/\s*<[^>]*>\s*/g, ' ')
          .replace(/["“”]/g, '')
          .trim();
    } else if (l.indent === 0) break;
  }
  const title = topics.get(n) ?? [subject, from ? `(${from})` : ''].filter(Boolean).join(' ');
  const run = lines.slice(at, j);
  for (let k = at; k < j; k++) out[k] = { ...lines[k]!, text: '' };
  if (title) {
    out[at] = { ...lines[at]!, text: title };
    const set = titles.get(log) ?? new Set<number>();
    titles.set(log, set.add(lines[at]!.line));
  }
  log.log(
    id,
    lines[at]!,
    run.map((l) => l.text).join('\n'),
    title,
    `Unexpected message header in a digest (lines ${lines[at]!.line}-${lines[j - 1]!.line}), ${title ? `replaced by its entry \`${clip(title)}\`` : 'dropped'}`,
  );
  return j;
}
