import type { SrcLine } from '../block.ts';
import type { Repairs } from '../repairs.ts';
import { defineRule } from '../rule.ts';

const id = 'slide-label';

// "Slide 3", "Slide 3 of 20", "Slide 3:", "SLIDE 3 / 20": a presentation's label for a slide.
const LABEL = /^slide\s+(\d{1,3})(?:\s*(?:of|\/)\s*\d{1,3})?\s*[:.–—-]?$/i;

/**
 * Slides exported to text label each slide ("Slide 1", "Slide 2") and may print its number at its
 * foot: where two labels or more count up through the text, each label is set aside (logged, not
 * made a heading or a paragraph), and so is a number alone on a line that repeats the label above it.
 */
function dropSlideLabels(lines: SrcLine[], log: Repairs): SrcLine[] {
  const labels: number[] = [];
  let last = 0;
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL.exec(lines[i]!.text);
    if (!m || lines[i]!.text.length > 24) continue;
    const n = Number(m[1]);
    if (n <= last) return lines;
    last = n;
    labels.push(i);
  }
  if (labels.length < 2) return lines;
  const drop = new Set(labels);
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (drop.has(i)) {
      current = LABEL.exec(t)![1]!;
      log.log(id, lines[i]!, t, '', `Unexpected slide label \`${t}\`, set aside (not a heading of the text)`);
    } else if (t === current) {
      drop.add(i);
      log.log(id, lines[i]!, t, '', `Unexpected slide number \`${t}\` (slide ${current}'s own), set aside`);
    }
  }
  return lines.filter((_, i) => !drop.has(i));
}

export const slideLabel = defineRule({
  id,
  switchable: true,
  description:
    'Slides exported to text: the labels "Slide 1", "Slide 2", … (two or more, counting up) and a slide\'s number alone under its label are set aside, not kept as headings or paragraphs; each logged',
  run: {
    lines(lines, ctx) {
      return dropSlideLabels(lines, ctx.log);
    },
  },
});
