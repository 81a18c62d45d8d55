/**
 * Our PDF/UA-1 checklist (`reader check`): each check mirrors a veraPDF rule (ISO 14289-1
 * clause-test) or is a house rule (`reader:`), read from the PDF alone by readers of its own
 * (read.ts: the structure tree, the content streams, the catalog): no code of the writer's. With the HTML the
 * PDF was printed from, it also compares the tags' text with it word for word.
 */
import { elements, type Elem } from './raw.ts';
import { readPdf } from './read.ts';
import { RULES, type Facts } from './rules.ts';
import { prepareSource } from './source.ts';
import type { PreparedWords } from './words.ts';

export { prepareSource };
export type { PreparedWords };

export interface CheckResult {
  /** veraPDF PDF/UA-1 rule id (clause-testNumber), or `reader:` for our own house rules. */
  rule: string;
  title: string;
  ok: boolean;
  /** Why it failed (or what passed), short enough for one line. */
  detail: string;
  /** The check could not run (its input is missing): neither passed nor failed. */
  skipped?: true;
}

export interface CheckOptions {
  /** The HTML the PDF was printed from: the text-layer check compares the tags with its words. */
  sourceHtml?: string;
  /** Its words as `prepareSource` gives them, made ahead (taken before `sourceHtml`). */
  source?: PreparedWords;
  /** Stops the check (between pages) with an AbortError. */
  signal?: AbortSignal;
}

// Roles a reader of the tags runs into the text around them; every other element stands apart.
const INLINE = new Set([
  'Span',
  'Link',
  'Quote',
  'Code',
  'Reference',
  'BibEntry',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Em',
  'Strong',
  'Sub',
]);

/** Run every check on a PDF. */
export async function checkPdf(bytes: Uint8Array, options: CheckOptions = {}): Promise<CheckResult[]> {
  const view = await readPdf(bytes, options.signal);
  const textOf = (e: Elem): string => {
    const replaced = e.actualText ?? e.alt;
    if (replaced !== undefined) return replaced;
    let out = '';
    for (const k of e.kids) {
      if ('role' in k) {
        const apart = !INLINE.has(k.role);
        out += apart ? ` ${textOf(k)} ` : textOf(k);
      } else if ('mcid' in k) out += view.pages[k.page]?.content.get(k.mcid) ?? '';
    }
    return out;
  };
  const facts: Facts = {
    ...view,
    all: [...elements(view.roots)],
    textOf: (e) =>
      textOf(e)
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    tagged: (view.roots ?? []).map(textOf).join(' '),
    ...(options.source ? { source: options.source } : options.sourceHtml !== undefined ? { source: prepareSource(options.sourceHtml) } : {}),
  };
  return RULES.map((r) => ({ rule: r.rule, title: r.title, ...r.test(facts) }));
}
