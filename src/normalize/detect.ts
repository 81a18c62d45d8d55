import type { SrcLine } from './block.ts';
import { endsSentence } from './text-shape.ts';
import { measure, lineEnd } from './stats.ts';

export type TextKind = 'pdf-text' | 'web-text';

/**
 * Tell a hard-wrapped text (PDF extraction, e-mail, plain-text archive) from web copy with one
 * paragraph per line: wrapped text has a narrow measure and many full lines that stop mid-sentence.
 */
export function detectTextKind(lines: SrcLine[]): TextKind {
  const width = measure(lines);
  let nonblank = 0;
  let midSentence = 0;
  for (const l of lines) {
    if (!l.text) continue;
    nonblank++;
    if (lineEnd(l) >= width * 0.6 && !endsSentence(l.text)) midSentence++;
  }
  if (nonblank < 3) return 'web-text';
  return width <= 140 && midSentence / nonblank >= 0.25 ? 'pdf-text' : 'web-text';
}
