import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { ReaderError } from '../errors.ts';
import { closest } from '../util/closest.ts';
import { bookWords } from './book-words.ts';
import { helpers, registerHelpers } from './helpers.ts';

/** The templates that ship with the tool. */
export const defaultTemplatesDir = new URL('../../templates/', import.meta.url).pathname;

export interface TemplateSet {
  render(data: unknown): string;
  /** One partial on its own (the accessible edition renders the introduction, concordance and glossary). */
  partial(name: string, data: unknown): string;
  /** Which file each template or partial came from (default or the user's folder). */
  files: Record<string, string>;
}

/**
 * Load `reader.hbs` and its partials. A user's folder overrides any file by name
 * (`reader.hbs`, or `partials/<name>.hbs`, or `<name>.hbs` for a partial).
 * Every template is checked before use, so a syntax error, an unknown helper or a missing
 * partial is reported with the template file and line instead of a stack trace.
 */
export async function loadTemplates(userDir?: string, root = process.cwd()): Promise<TemplateSet> {
  return loadTemplatesSync(userDir, root);
}

/** loadTemplates for a caller that cannot wait (the side editions, made while Chromium lays out): a few small files. */
export function loadTemplatesSync(userDir?: string, root = process.cwd()): TemplateSet {
  const files: Record<string, string> = {};
  const collect = (dir: string) => {
    for (const sub of ['', 'partials']) {
      let names: string[] = [];
      try {
        names = readdirSync(join(dir, sub));
      } catch {
        // No such folder: nothing to override.
      }
      for (const name of names) if (name.endsWith('.hbs')) files[basename(name, '.hbs')] = join(dir, sub, name);
    }
  };
  collect(defaultTemplatesDir);
  if (userDir) collect(userDir);
  const sources: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) sources[name] = readFileSync(file, 'utf8');
  // A build loads the set three times (the paged edition, and the accessible one's articles and
  // whole): the same files read the same, so the set compiled last time is the one to use.
  const key = JSON.stringify([root, files, sources]);
  if (lastSet?.key === key) return lastSet.set;
  const set = compileTemplates(files, sources, root);
  lastSet = { key, set };
  return set;
}

/** The set loaded last, under its files, their text and the project's root. */
let lastSet: { key: string; set: TemplateSet } | undefined;

function compileTemplates(files: Record<string, string>, sources: Record<string, string>, root: string): TemplateSet {
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const shown = (name: string) => relative(root, files[name]!) || files[name]!;
  // Each template is parsed once: the checked syntax tree is what gets compiled.
  const asts: Record<string, hbs.AST.Program> = {};
  for (const [name, source] of Object.entries(sources)) {
    asts[name] = checkTemplate(source, shown(name), Object.keys(sources));
    if (name !== 'reader') hbs.registerPartial(name, hbs.compile(asts[name], { strict: false, noEscape: false }));
  }
  if (!asts.reader)
    throw new ReaderError(
      'TemplateMissing',
      'No `reader.hbs` template found',
      'Keep `reader.hbs` in your templates folder, or remove the folder to use the defaults.',
    );
  const main = hbs.compile(asts.reader);
  const run = (template: (data: unknown) => string, data: unknown) => {
    try {
      // The book's words (book-words.ts) are English for a view that names none.
      return template(data && typeof data === 'object' && !('words' in data) ? { words: bookWords('en'), ...data } : data);
    } catch (e) {
      throw new ReaderError('TemplateRender', `Template failed: ${(e as Error).message}`, 'Check the template named above.');
    }
  };
  return {
    files,
    render: (data) => run(main, data),
    partial(name, data) {
      const template = hbs.partials[name] as ((data: unknown) => string) | undefined;
      if (!template)
        throw new ReaderError(
          'TemplatePartialMissing',
          `Unknown partial \`${name}\``,
          'Keep the default partial, or one of the same name in your templates folder.',
        );
      return run(template, data);
    },
  };
}

/**
 * Parse a template and check every helper and partial it names. Returns the tree before
 * whitespace control, which `compile` applies (as it would to the source).
 */
function checkTemplate(source: string, file: string, partials: string[]): hbs.AST.Program {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parseWithoutProcessing(source);
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    const m = /Parse error on line (\d+)/.exec(err.message);
    const line = err.lineNumber ?? (m ? Number(m[1]) : undefined);
    const detail = err.message.split('\n').at(-1) ?? err.message;
    throw new ReaderError(
      'TemplateSyntax',
      `Template syntax error: ${detail}`,
      'Fix the Handlebars syntax on that line (every `{{#block}}` needs its `{{/block}}`).',
      { file, ...(line ? { line } : {}), ...(err.column !== undefined ? { column: err.column + 1 } : {}) },
    );
  }
  const known = new Set([...Object.keys(helpers), 'if', 'unless', 'each', 'with', 'lookup', 'log']);
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      path?: { original?: unknown };
      params?: unknown[];
      hash?: unknown;
      name?: { original?: unknown };
      loc?: { start: { line: number; column: number } };
    };
    const at = n.loc ? { line: n.loc.start.line, column: n.loc.start.column + 1 } : {};
    if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
      const name = String(n.name?.original ?? '');
      if (!partials.includes(name)) {
        const guess = closest(name, partials);
        throw new ReaderError(
          'TemplatePartialMissing',
          `Unknown partial \`${name}\``,
          guess ? `Did you mean \`${guess}\`? ` : `Known partials: ${partials.join(', ')}.`,
          { file, ...at },
        );
      }
    }
    const isCall = (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') && ((n.params?.length ?? 0) > 0 || n.hash);
    if (isCall && typeof n.path?.original === 'string' && !known.has(n.path.original)) {
      const name = n.path.original;
      const guess = closest(name, [...known]);
      throw new ReaderError(
        'TemplateHelperMissing',
        `Unknown helper \`${name}\``,
        guess ? `Did you mean \`${guess}\`?` : `Known helpers: ${[...known].join(', ')}.`,
        { file, ...at },
      );
    }
    for (const value of Object.values(n)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && value !== n.loc) visit(value);
    }
  };
  visit(ast);
  return ast;
}
