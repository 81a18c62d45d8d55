import { ReaderError } from '../errors.ts';

/** Where layout is: the last page Paged.js laid out, when, and in which text. */
export interface LayoutProgress {
  pages: number;
  where: string;
  /** performance.now() of the last page, or of the start of layout. */
  at: number;
}

/**
 * Shared by both attempts of a render (render/retry.ts): layout's deadline is set once, when
 * the first attempt starts, so a retry gets only what is left of it.
 */
export interface LayoutBudget {
  deadline?: number;
}

/** No page for this long and layout counts as stuck: `READER_LAYOUT_STALL_MS`, else 2 minutes. */
export function layoutStallMs(): number {
  const env = Number(process.env.READER_LAYOUT_STALL_MS);
  return Number.isFinite(env) && env > 0 ? env : 120_000;
}

/** Characters a page holds, about: the book's size in pages is its text over this. */
const CHARS_PER_PAGE = 1200;

/**
 * Layout's whole budget (both attempts): `READER_LAYOUT_TIMEOUT_MS` if set, else scaled to the
 * book: 10 minutes and 2 s for each page it should make. The sample (139 pages) lays out at
 * 4 pages a second per lane on a loaded 2-core machine: this is 8 times that or more.
 */
export function layoutBudgetMs(chars: number): number {
  const env = Number(process.env.READER_LAYOUT_TIMEOUT_MS);
  if (Number.isFinite(env) && env > 0) return env;
  return 600_000 + 2_000 * Math.ceil(chars / CHARS_PER_PAGE);
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const HINT =
  'Build a smaller reader to find the text that triggers it (a very long paragraph or table, a style that makes a page that cannot end), or set READER_LAYOUT_STALL_MS / READER_LAYOUT_TIMEOUT_MS to wait longer.';

/**
 * Watch a layout: reject when no page comes for `stallMs` (the first page may take longer:
 * Paged.js reads the whole book first, so it gets the stall window again and 1 s per 100,000
 * characters), or when the budget's deadline passes. Checks once a second; `stop` ends it.
 */
export function watchLayout(
  progress: LayoutProgress,
  options: { stallMs: number; deadline: number; budgetMs: number; chars: number },
): { expired: Promise<never>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    const firstPage = options.stallMs * 2 + (options.chars / 100_000) * 1000;
    timer = setInterval(
      () => {
        const now = performance.now();
        const quiet = now - progress.at;
        if (now >= options.deadline) {
          reject(
            new ReaderError(
              'LayoutTimeout',
              `Layout did not finish within ${seconds(options.budgetMs)} (${progress.pages} pages laid out${progress.where ? `, the last in \`${progress.where}\`` : ''})`,
              HINT,
            ),
          );
        } else if (quiet >= (progress.pages === 0 ? firstPage : options.stallMs)) {
          const after = progress.pages === 0 ? 'before its first page' : `after page ${progress.pages}${progress.where ? ` (in \`${progress.where}\`)` : ''}`;
          reject(new ReaderError('LayoutTimeout', `Layout made no progress for ${seconds(quiet)}, ${after}`, HINT));
        } else return;
        clearInterval(timer);
      },
      Math.min(1000, options.stallMs / 4, options.budgetMs / 4),
    );
  });
  expired.catch(() => {});
  return { expired, stop: () => clearInterval(timer) };
}

/**
 * A layout error that names the text it was stuck in (`in \`id\``) points at that text's
 * source, so the message reads like every other: `content/one.txt: Layout made no progress…`.
 */
export function placeLayoutError(e: unknown, texts: ReadonlyArray<{ id: string; source: string }>): unknown {
  if (!(e instanceof ReaderError) || e.code !== 'LayoutTimeout' || e.place) return e;
  const id = /\(in `([^`]+)`\)|the last in `([^`]+)`/.exec(e.message);
  const text = texts.find((t) => t.id === (id?.[1] ?? id?.[2]));
  return text ? new ReaderError(e.code, e.message, e.hint, { file: text.source }, e.exitCode) : e;
}
