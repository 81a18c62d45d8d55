import type { SrcLine } from '../block.ts';
import type { Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'time-stamp';

// "[00:03:12]", "(3:12)", "00:03:12.480", "1:02:03": a recording's time, alone on its line. A
// bare "10:30" is as likely an agenda's hour: without brackets the stamp must give its seconds.
const STAMP = /^(?:\[|\()?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?(?:\]|\))?$/;
const bracketed = (t: string): boolean => /^[[(].*[\])]$/.test(t);

const seconds = (m: RegExpExecArray): number => Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);

/**
 * A transcript copied from its page, or exported by a transcription tool, sets the recording's
 * time alone on a line between the turns. Where three such lines or more count up through the
 * text, each is set aside (logged), so it is neither a paragraph nor glued to a turn.
 */
function dropTimeStamps(lines: SrcLine[], log: Repairs): SrcLine[] {
  const at: number[] = [];
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.length > 16 || !t.includes(':')) continue;
    const m = STAMP.exec(t);
    if (!m || (!bracketed(t) && m[1] === undefined)) continue;
    const s = seconds(m);
    if (s < last) return lines;
    last = s;
    at.push(i);
  }
  if (at.length < 3) return lines;
  for (const i of at) log.log(id, lines[i]!, lines[i]!.text, '', `Unexpected time stamp \`${lines[i]!.text}\` alone on a line, set aside`);
  const drop = new Set(at);
  return lines.filter((_, i) => !drop.has(i));
}

export const timeStamp = defineRule({
  id,
  switchable: true,
  description:
    'A transcript\'s time stamps alone on a line ("[00:03:12]", "(3:12)", "1:02:03"; three or more, counting up; a bare "10:30" is left as an hour) are set aside, not kept as paragraphs; each logged',
  run: {
    lines(lines, { log }) {
      return dropTimeStamps(lines, log);
    },
  },
});
