import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Manifest } from '../manifest/schema.ts';
import type { PreparedText } from '../types.ts';
import type { ReaderAnalysis } from '../analyze/types.ts';
import { bookLanguage, bookWords } from './book-words.ts';
import { fontFaceCss, fontFiles } from './fonts.ts';
import { canHyphenate } from './hyphenate.ts';
import { textToHtml } from './markdown-to-html.ts';
import { measurePoints, pageCss } from './page-css.ts';
import { loadTemplates } from './templates.ts';
import { mainSources, matrixColumns, nameRows, sourceRows, topicIndex, topicMatrix, topicTables } from './view-model.ts';

const require = createRequire(import.meta.url);

import { defaultStylesDir } from './styles-dir.ts';

export { defaultStylesDir };

export interface ComposeInput {
  manifest: Manifest;
  texts: PreparedText[];
  analysis: ReaderAnalysis;
  /** Project folder: user templates and styles are resolved from here. */
  root: string;
  /** `large-print` or undefined for the standard edition. */
  profile?: string;
}

/** A file to place next to the HTML: copied from `from`, or written from `content`. */
export type Asset = { to: string; from: string } | { to: string; content: string };

export interface ComposeOutput {
  /** The complete paged HTML source. */
  html: string;
  assets: Asset[];
  /** What the templates rendered: every part of the book (texts with their HTML, introduction tables, concordance, index), for an output that sets them its own way. */
  view: Record<string, unknown>;
}

/** Paged.js's polyfill build; its package exports no subpath for it, so find it from the main entry. */
export function pagedPolyfillPath(): string {
  return join(dirname(require.resolve('pagedjs')), '..', 'dist', 'paged.polyfill.js');
}

/** What every paged document of ours links to: Paged.js and the shipped fonts. */
export function baseAssets(): { assets: Asset[]; stylesheets: string[] } {
  const fonts = fontFiles();
  return {
    assets: [
      { to: 'assets/paged.polyfill.js', from: pagedPolyfillPath() },
      { to: 'assets/fonts.css', content: fontFaceCss(fonts) },
      ...fonts.map((f) => ({ to: f.href, from: f.path })),
    ],
    stylesheets: ['assets/fonts.css'],
  };
}

/** Compose: mdast trees + manifest + analysis -> one HTML document through the Handlebars templates. */
export async function compose(input: ComposeInput): Promise<ComposeOutput> {
  const { manifest, root } = input;
  const templates = await loadTemplates(manifest.templates ? join(root, manifest.templates) : undefined, root);
  const { assets, stylesheets } = baseAssets();
  assets.push({ to: 'assets/page.css', content: pageCss(manifest) });
  for (const [dir, prefix] of [[defaultStylesDir, 'default'], ...(manifest.styles ? [[join(root, manifest.styles), 'user']] : [])] as const) {
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.css')).sort()) {
      if (prefix === 'default' && name.startsWith('profile-') && name !== `profile-${input.profile}.css`) continue;
      const to = `assets/${prefix}-${name}`;
      assets.push({ to, from: join(dir, name) });
      stylesheets.push(to);
    }
    // The page box follows the default styles and comes before the user's.
    if (prefix === 'default') stylesheets.push('assets/page.css');
  }
  const view = { ...composeView(input), stylesheets };
  return { html: templates.render(view), assets, view };
}

/** One warning per text (a watch session composes the same text many times), at the head of its source. */
function warnNoPatterns(file: VFile, language: string): void {
  if (file.messages.some((m) => m.ruleId === NO_PATTERNS)) return;
  file.message(
    `Unexpected language \`${language}\` without hyphenation patterns, expected one the \`hyphen\` package ships (such as \`en\`, \`de\`, \`es\`): the text is set ragged-right instead of justified`,
    {
      place: { line: 1, column: 1 },
      ruleId: NO_PATTERNS,
      source: 'reader-compose',
    },
  );
}
const NO_PATTERNS = 'hyphenation-patterns';

/**
 * What the templates show, from the manifest, the texts and the analysis: the paged edition
 * renders all of it, the accessible edition its introduction, concordance and glossary.
 */
export function composeView(input: ComposeInput) {
  const { manifest } = input;
  const hyphenate = input.profile !== 'large-print';
  const sources = sourceRows(manifest, input.analysis);
  const texts = input.texts.map(({ meta, doc, analysis, derived }, i) => {
    // Hyphenated and serialized once per text version: kept with the text (cache/derived.ts).
    const language = meta.language ?? manifest.language;
    // Justified lines need hyphens; without patterns for the language the text is set ragged-right.
    const ragged = hyphenate && !canHyphenate(language);
    if (ragged) warnNoPatterns(doc.file, language);
    const options = {
      hyphenate,
      language,
      paragraphNumbers: manifest.paragraph_numbers,
      // Large print's tables are set at 16 pt (styles/profile-large-print.css).
      ...(input.profile === 'large-print' ? { stackTables: { measure: measurePoints(manifest), fontSize: 16 } } : {}),
    };
    const body = derived.get('paged-html', JSON.stringify([meta.id, options]), () => textToHtml(doc.tree, meta.id, options));
    return {
      ...meta,
      number: i + 1,
      // The article's own lang attribute, only where it differs from the book's.
      ...(language !== manifest.language ? { lang: language } : {}),
      ...(ragged ? { ragged: true } : {}),
      year: meta.date ? String(meta.date).slice(0, 4) : undefined,
      // Our serializer escaped every value of the source: mark it safe so Handlebars does not escape twice.
      body: new Handlebars.SafeString(body.html),
      orphanNotes: body.orphanNotes.map((n) => ({ ...n, html: new Handlebars.SafeString(n.html) })),
      missingNotes: missingNoteCalls(doc.tree),
      words: analysis.words,
      readingMinutes: analysis.readingMinutes,
      noteCount: analysis.notes.length || analysis.noteCalls,
      sections: analysis.sections.length,
      mainSources: mainSources(meta.id, sources),
    };
  });
  const answers = groupByAnswer(texts);
  const startTexts = resolveStartTexts(
    manifest.start_texts,
    texts.reduce((n, t) => n + t.words, 0),
  );
  const topics = topicMatrix(manifest, input.analysis);
  return {
    reader: { ...manifest, pageSize: manifest.page_size, startTexts, introductionStart: startTexts === 'right-page' ? 'starts-right' : 'starts-page' },
    /** The book's own words (headings, labels, legends, month names), in the texts' language when they share one. */
    words: bookWords(bookLanguage(manifest)),
    profile: input.profile,
    texts: texts.map((t, i) => ({ ...t, start: textStart(startTexts, i, manifest.notes_pages) })),
    answers,
    introduction: true,
    concordance: true,
    /** References give their printed page (the accessible edition's only when it has the pages). */
    pagesShown: true,
    analysis: input.analysis,
    topics,
    topicTables: topicTables(topics, texts, matrixColumns(manifest.page_size, input.profile)),
    topicIndex: topicIndex(manifest, input.analysis),
    sources,
    names: nameRows(manifest, input.analysis),
    sharedQuotations: input.analysis.sharedQuotations.map((q) => ({
      text: q.text,
      occurrences: q.occurrences.map((o) => ({
        ...o,
        number: manifest.texts.findIndex((t) => t.id === o.textId) + 1,
        label: `¶ ${/-p(\d+)$/.exec(o.paragraphId)?.[1] ?? ''}`,
        href: `#${o.paragraphId}`,
      })),
    })),
  };
}

/** Readers shorter than this start each text on a new page, not a right-hand one (`start_texts: auto`). */
export const SHORT_READER_WORDS = 15_000;

/**
 * Where texts start, `auto` resolved: a short reader (a few texts, a stapled booklet) wastes
 * no page on blank left-hand pages; a long one opens each text on the right, as books do.
 */
export function resolveStartTexts(setting: Manifest['start_texts'], words: number): Exclude<Manifest['start_texts'], 'auto'> {
  if (setting !== 'auto') return setting;
  return words < SHORT_READER_WORDS ? 'new-page' : 'right-page';
}

/** A text's start class (styles/reader.css): the first text, and every text after a notes page, opens a page even when texts run on. */
export function textStart(mode: Exclude<Manifest['start_texts'], 'auto'>, index: number, notesPages: boolean): 'starts-right' | 'starts-page' | 'runs-on' {
  if (mode === 'right-page') return 'starts-right';
  if (mode === 'new-page' || index === 0 || notesPages) return 'starts-page';
  return 'runs-on';
}

/** Literal `[n]` markers left in the text: calls whose notes the source did not include. */
export function missingNoteCalls(tree: Root): number[] {
  const out = new Set<number>();
  visit(tree, 'text', (node) => {
    for (const m of node.value.matchAll(/\[(\d{1,3})\]/g)) out.add(Number(m[1]));
  });
  return [...out].sort((a, b) => a - b);
}

function groupByAnswer<T extends { answer?: string }>(texts: T[]): Array<{ answer: string; texts: T[] }> {
  const groups = new Map<string, T[]>();
  for (const t of texts) {
    if (!t.answer) continue;
    const key = t.answer.trim();
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups].map(([answer, list]) => ({ answer, texts: list }));
}
