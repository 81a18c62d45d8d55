/**
 * The build's report (`out/build.json`) and its severity rules: a message that matches a
 * logged repair is `info`, anything else needs an editor's eye and is a `warning`.
 */
import { relative } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import type { ReaderAnalysis } from '../analyze/index.ts';
import { placeholderReason } from '../init/placeholders.ts';
import type { LoadedManifest } from '../manifest/load.ts';
import type { NormalizedText } from '../types.ts';
import { formatPlace } from '../util/place.ts';

export interface BuildMessage {
  file: string;
  line?: number;
  column?: number;
  rule?: string;
  source?: string;
  reason: string;
  /** `warning` needs an editor's eye; `info` is a logged repair. */
  severity: 'warning' | 'info';
}

export interface BuildReport {
  title: string;
  pdf: string;
  html: string;
  pages: number;
  texts: Array<{
    id: string;
    title: string;
    author: string;
    source: string;
    sha256: string;
    kind: string;
    words: number;
    paragraphs: number;
    startPage: number | undefined;
    repairs: number;
    warnings: number;
  }>;
  timings: Record<string, number>;
  warnings: BuildMessage[];
  /** What the analysis logged: name merges, sources left out as weak, what each `name_index` setting changed. */
  log: BuildMessage[];
  repairs: Record<string, number>;
  refusedRequests: string[];
  /** Blocks the layout engine dropped: always empty in a good build. */
  lostBlocks: number;
  /** How the book was laid out: its parts (each from a right-hand page), their pages and the renderer (lane) of each. */
  layout?: {
    lanes: number;
    parts: Array<{ ids: string[]; start: number; pages: number; lane: number }>;
    /** Under --watch: the first lane's page had loaded the book's shell ahead, and took the body into it. */
    loadedAhead?: true;
  };
  /** The files each output wrote beside this report (names in the output folder), by output id. */
  outputs?: Record<string, string[]>;
  /** Fingerprint of every input (src/cache/inputs-hash.ts), and of the PDF: an unchanged rebuild is skipped. */
  inputs?: string;
  pdfSha256?: string;
}

/** The changes that changed the text. */
export const realRepairs = (changes: NormalizedText['changes']) => changes.filter((c) => c.before !== c.after);

/** A message that logs a repair has a Change at its place; anything else needs an editor's eye. */
function repairKeys(changes: NormalizedText['changes']): Set<string> {
  // A change that changed nothing is a finding (a call with no note, a suspicious token): a warning.
  return new Set(realRepairs(changes).map((c) => `${c.rule}:${c.line}:${c.column}`));
}

/** A text's VFile messages as report entries, each a repair (`info`) or a `warning`. */
export function toMessages(messages: VFileMessage[], changes: NormalizedText['changes']): BuildMessage[] {
  const repairs = repairKeys(changes);
  const isWarning = (m: VFileMessage) => !repairs.has(`${m.ruleId}:${m.line}:${m.column}`);
  return messages.map((m) => ({
    file: m.file ?? '',
    ...(m.line ? { line: m.line } : {}),
    ...(m.column ? { column: m.column } : {}),
    ...(m.ruleId ? { rule: m.ruleId } : {}),
    ...(m.source ? { source: m.source } : {}),
    reason: m.reason,
    severity: isWarning(m) ? 'warning' : 'info',
  }));
}

/**
 * The analysis's log as build messages: a merge or a source left out at its place in the text's
 * source; an editor's setting at its line in reader.yaml, a warning when it changed nothing.
 */
export function analysisMessages(
  analysis: ReaderAnalysis,
  texts: ReadonlyArray<{ meta: { id: string; source: string }; doc: NormalizedText }>,
  loaded: LoadedManifest,
): BuildMessage[] {
  const fileOf = new Map(texts.map((t) => [t.meta.id, t.doc.file.path ?? t.meta.source]));
  const manifestFile = relative(loaded.root, loaded.path) || loaded.path;
  return analysis.log.map((l) => {
    const at = l.setting ? loaded.locate(l.setting) : l.line !== undefined ? { line: l.line, column: l.column ?? 1 } : undefined;
    return {
      file: l.setting ? manifestFile : (fileOf.get(l.textId ?? '') ?? ''),
      ...(at ? { line: at.line, column: at.column } : {}),
      rule: l.ruleId,
      source: 'reader-analyze',
      reason: l.reason,
      severity: l.ruleId === 'name-setting-unused' ? ('warning' as const) : ('info' as const),
    };
  });
}

/** What the page reported while it was laid out: script errors, refused requests, lost blocks. */
/** One warning per `TODO` that `reader init` left in reader.yaml, at its place there. */
export function placeholderWarnings(loaded: LoadedManifest): BuildMessage[] {
  const file = relative(loaded.root, loaded.path) || loaded.path;
  return [
    ...loaded.placeholders.map((p) => ({
      file,
      ...(p.line ? { line: p.line, column: p.column } : {}),
      rule: 'unreviewed-guess',
      reason: placeholderReason(p),
      severity: 'warning' as const,
    })),
    ...(loaded.bidi ?? []).map((b) => ({ file, line: b.line, column: b.column, rule: 'bidi-control', reason: b.reason, severity: 'warning' as const })),
    ...(loaded.guesses ?? []).map((g) => ({
      file: g.file,
      ...(g.line ? { line: g.line, column: 1 } : {}),
      rule: 'unreviewed-guess',
      reason: g.reason,
      severity: 'warning' as const,
    })),
  ];
}

export function layoutWarnings(
  rendered: { pageErrors: string[]; seal: { refused: string[] }; lost: Array<{ text: string; id?: string }>; cacheUnwritable?: string },
  file: string,
): BuildMessage[] {
  return [
    ...(rendered.cacheUnwritable
      ? [
          {
            file,
            reason: `Unexpected failure writing the layout cache (${rendered.cacheUnwritable}): the book was made without it, the next build lays every part out again`,
            rule: 'layout-cache-unwritten',
            severity: 'warning' as const,
          },
        ]
      : []),
    ...rendered.pageErrors.map((reason) => ({ file, reason: `Unexpected error in the page: ${reason}`, rule: 'page-error', severity: 'warning' as const })),
    ...rendered.seal.refused.map((url) => ({
      file,
      reason: `Refused request to \`${url}\`: rendering is sealed`,
      rule: 'request-refused',
      severity: 'warning' as const,
    })),
    ...rendered.lost.map((b) => ({
      file,
      reason: `Unexpected loss: the layout placed \`${b.text}\`${b.id ? ` (in #${b.id})` : ''} on no page`,
      rule: 'layout-lost-content',
      severity: 'warning' as const,
    })),
  ];
}

/** One line per message, `file:line:col: reason [rule]`, as the CLI prints them. */
export function formatMessage(m: BuildMessage): string {
  return `${formatPlace(m)}: ${m.reason}${m.rule ? ` [${m.rule}]` : ''}`;
}

/** The warnings file (`reader.warnings.txt`): one formatted message per line. */
export function warningsText(warnings: readonly BuildMessage[]): string {
  return warnings.map((w) => `${formatMessage(w)}\n`).join('');
}
