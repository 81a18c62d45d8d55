/**
 * Several packs laid out as one document: each pack's body in a `.pack-run` of its own (a new
 * right-hand page, page numbers from 1), its ids prefixed so that no two packs share one.
 * Paged.js and Chromium then pay their set-up once per document instead of once per pack, and
 * the PDF is split per pack afterwards (accessibility/split.ts).
 */
import { ReaderError } from '../errors.ts';

/** Attributes that hold an id or a space-separated list of ids. */
const ID_LISTS = /(\s(?:id|for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns|data-note-id)=")([^"]*)"/g;
const FRAGMENT_LINKS = /(\shref="#)([^"]*)"/g;

/** Prefix every id, id reference and fragment link of an HTML fragment. */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(
      ID_LISTS,
      (_, attr: string, ids: string) =>
        `${attr}${ids
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => prefix + id)
          .join(' ')}"`,
    )
    .replace(FRAGMENT_LINKS, (_, attr: string, id: string) => `${attr}${prefix}${id}"`);
}

/** The id of run `k` in a combined document, and the prefix of its ids. */
export const runId = (k: number) => `pack-run-${k}`;
export const runPrefix = (k: number) => `r${k}--`;

/** One document from whole pack documents: the first one's head, every one's body as a run. */
export function combinePacks(documents: string[]): string {
  const first = documents[0] ?? '';
  const open = /<body\b[^>]*>/i.exec(first);
  if (!open)
    throw new ReaderError(
      'PackTemplate',
      'Unexpected pack document without a <body> element',
      'Your pack.hbs must write a whole HTML document, <body> included: see `reader eject templates`.',
    );
  const head = first.slice(0, open.index + open[0].length);
  const runs = documents.map((doc, k) => {
    const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(doc)?.[1] ?? '';
    return `<div class="pack-run" id="${runId(k)}" data-pack-run="${k}">\n${prefixIds(body, runPrefix(k))}\n</div>`;
  });
  return `${head}\n${runs.join('\n')}\n</body>\n</html>\n`;
}

/**
 * Run in the laid-out page before it prints: every pack counts its pages from 1. Its first
 * page restarts the page counter (the folios), and its own page references (the title page
 * points at the page where each text starts) count from there, not from the document's start.
 */
export const LOCAL_PAGE_NUMBERS = `(() => {
  const startOf = new Map();
  for (const first of document.querySelectorAll('[id^="pack-run-"]')) {
    const page = first.closest('.pagedjs_page');
    if (!page) continue;
    startOf.set(first.getAttribute('data-pack-run'), Number(page.getAttribute('data-page-number')));
    // counter-set, not counter-reset: the value changes without opening a new counter scope.
    page.style.setProperty('counter-set', 'page 1');
    page.style.counterIncrement = 'none';
  }
  for (const link of document.querySelectorAll('.pack-page-ref[data-page]')) {
    const run = link.closest('[data-pack-run]');
    const start = run ? startOf.get(run.getAttribute('data-pack-run')) : undefined;
    if (start > 0) link.setAttribute('data-page', String(Number(link.getAttribute('data-page')) - start + 1));
  }
})()`;
