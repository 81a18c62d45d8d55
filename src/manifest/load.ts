import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { ReaderError } from '../errors.ts';
import { closest } from '../util/closest.ts';
import { SWITCHABLE_RULES } from '../normalize/rules/index.ts';
import { manifestSchema, type Manifest } from './schema.ts';
import { takePlaceholders, type Placeholder } from '../init/placeholders.ts';
import { userRegexProblem } from '../util/user-regex.ts';
import { stripBidiControls } from '../ingest/bidi.ts';

/** A manifest with where it came from, so later stages can point at its lines. */
export interface LoadedManifest {
  manifest: Manifest;
  /** Absolute path of `reader.yaml`. */
  path: string;
  /** Absolute project folder (the manifest's folder). */
  root: string;
  /** `line:col` of a manifest path like `texts.2.source`, for messages. */
  locate(path: (string | number)[]): { line: number; column: number } | undefined;
  /** `TODO` values left by `reader init`, taken out of `manifest` (nothing prints "TODO"); the build warns of each. */
  placeholders: Placeholder[];
  /** Bidirectional controls taken out of the manifest's values, at their place (the build warns of each). */
  bidi?: Array<{ line: number; column: number; reason: string }>;
  /** Guesses nobody reviewed, at their place in a source (quick mode): the build warns of each. */
  guesses?: ReadonlyArray<{ file: string; line?: number; reason: string }>;
}

/** Read, parse and validate `reader.yaml`. Every failure is a ReaderError with file:line:col. */
export async function loadManifest(configPath: string): Promise<LoadedManifest> {
  const path = resolve(configPath);
  const shown = relative(process.cwd(), path) || path;
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch {
    throw new ReaderError(
      'ManifestNotFound',
      `Cannot read the manifest \`${shown}\``,
      'Run the command in a reader project, or pass `--config path/to/reader.yaml`.',
      { file: shown },
    );
  }
  return loadManifestText(source, path);
}

/**
 * Parse and validate a manifest given as text, as if it were the file at `path` (its folder is
 * the project folder). Quick mode (`reader build FILES…`) builds from one it never writes.
 */
export async function loadManifestText(source: string, path: string): Promise<LoadedManifest> {
  const shown = relative(process.cwd(), path) || path;
  const lineCounter = new LineCounter();
  checkYamlNesting(source, shown);
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    throw yamlTooDeep(e, shown, 1, 1);
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new ReaderError(
      'ManifestYaml',
      `Malformed YAML: ${firstLine(err.message)}`,
      'Check indentation and quoting on that line (quote values that contain `: ` or `#`).',
      { file: shown, line: pos.line, column: pos.col },
    );
  }
  const locate = (p: (string | number)[]) => locateIn(doc, lineCounter, p);
  let data: unknown;
  try {
    // The yaml package stops an alias that expands past its count (maxAliasCount, 100) with a ReferenceError.
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (e) {
    if (e instanceof RangeError) throw yamlTooDeep(e, shown, 1, 1);
    const alias = /(^|[\s,[{:-])\*[^\s,\]}]+/m.exec(source);
    const at = alias ? lineCounter.linePos(alias.index + alias[1]!.length) : { line: 1, col: 1 };
    throw new ReaderError(
      'ManifestYaml',
      'Malformed YAML: its aliases (`*name`) expand to too many values (an alias bomb)',
      'Write the values out instead of repeating aliases of aliases; reader.yaml needs no aliases.',
      { file: shown, line: at.line, column: at.col },
    );
  }
  const result = manifestSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const issuePath = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      const known = knownKeys(issuePath);
      const guess = closest(key, known);
      throw new ReaderError(
        'ManifestUnknownField',
        `Unknown field \`${key}\` in ${describePath(issuePath)}`,
        guess ? `Did you mean \`${guess}\`? Known fields: ${known.join(', ')}.` : `Known fields: ${known.join(', ')}.`,
        { file: shown, ...(locateKey(doc, lineCounter, issuePath, key) ?? locate(issuePath) ?? { line: 1, column: 1 }) },
      );
    }
    const at = locate(issuePath) ?? locate(issuePath.slice(0, -1)) ?? { line: 1, column: 1 };
    throw new ReaderError('ManifestInvalid', `Invalid \`${describePath(issuePath)}\`: ${issue.message}`, 'See the manifest fields in README.md.', {
      file: shown,
      ...at,
    });
  }
  const manifest = result.data;
  const root = dirname(path);
  await checkTexts(manifest, root, shown, locate);
  await checkLayoutFolders(manifest, root, shown, locate);
  checkPatterns(manifest, shown, locate);
  const placeholders = takePlaceholders(manifest, locate);
  const bidi = stripManifestBidi(manifest, locate);
  return { manifest, path, root, locate, placeholders, ...(bidi.length ? { bidi } : {}) };
}

/**
 * Bidirectional controls (U+202A–E, U+2066–9) in the title, authors and the other values would
 * reach the cover, the running heads and the PDF's Title reordered ("Trojan Source"). They are
 * taken out, as ingest takes them out of sources, and each value is reported at its place.
 */
function stripManifestBidi(manifest: Manifest, locate: LoadedManifest['locate']): Array<{ line: number; column: number; reason: string }> {
  const found: Array<{ line: number; column: number; reason: string }> = [];
  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      const stripped = stripBidiControls(value);
      if (!stripped.first) return value;
      const at = locate(path) ?? { line: 1, column: 1 };
      found.push({
        ...at,
        reason: `Unexpected bidirectional control character ${stripped.first.code} in \`${path.join('.')}\`${stripped.count > 1 ? ` (and ${stripped.count - 1} more)` : ''}, removed: it can make the title or a name display in another order than it reads`,
      });
      return stripped.text;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => (value[i] = visit(v, [...path, i])));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = visit(v, [...path, k]);
    }
    return value;
  };
  visit(manifest, []);
  return found;
}

/**
 * `templates:` and `styles:` are confined like sources: the folder, and every template,
 * partial and stylesheet read from it, lie inside the project once links are followed. A
 * partial linked to /etc/passwd would print that file in the reader; a stylesheet linked
 * elsewhere would be copied into out/assets.
 */
async function checkLayoutFolders(manifest: Manifest, root: string, shown: string, locate: LoadedManifest['locate']): Promise<void> {
  const realRoot = await realpath(root);
  for (const [field, subfolders, extension] of [
    ['templates', ['', 'partials'], '.hbs'],
    ['styles', [''], '.css'],
  ] as const) {
    const folder = manifest[field];
    if (folder === undefined) continue;
    const at = { file: shown, ...(locate([field]) ?? { line: 1, column: 1 }) };
    const abs = resolve(root, folder);
    const real = await realpath(abs).catch(() => undefined);
    if (isAbsolute(folder) || !isInside(realRoot, abs) || (real !== undefined && !isInside(realRoot, real))) {
      throw new ReaderError(
        'LayoutOutsideProject',
        `The ${field} folder \`${folder}\` ${real !== undefined && isInside(realRoot, abs) ? 'links to a folder' : 'is'} outside the project folder`,
        `Copy the ${field} into the project (\`reader eject ${field}\` makes a copy of the defaults) and set \`${field}: ${field}\`.`,
        at,
      );
    }
    if (real === undefined) continue;
    for (const sub of subfolders) {
      const names = await readdir(join(abs, sub)).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith(extension))) {
        const file = join(abs, sub, name);
        const target = await realpath(file).catch(() => undefined);
        if (target === undefined || isInside(realRoot, target)) continue;
        throw new ReaderError(
          'LayoutOutsideProject',
          `${extension === '.hbs' ? 'Template' : 'Stylesheet'} \`${name}\` links to a file outside the project folder`,
          'Copy the file into the project instead of linking to it.',
          { file: relative(process.cwd(), file) || file, line: 1, column: 1 },
        );
      }
    }
  }
}

/**
 * The user's regexes (`topics[].patterns`, `texts[].rules.drop`) are checked here, so a bad
 * one is reported at its line in reader.yaml, not later inside a text.
 */
function checkPatterns(manifest: Manifest, shown: string, locate: LoadedManifest['locate']): void {
  const lists: Array<[path: (string | number)[], patterns: string[], what: string]> = [
    ...manifest.topics.map((t, i) => [['topics', i, 'patterns'], t.patterns, `topic \`${t.id}\``] as [(string | number)[], string[], string]),
    ...manifest.texts.map((t, i) => [['texts', i, 'rules', 'drop'], t.rules.drop, `text \`${t.id}\``] as [(string | number)[], string[], string]),
  ];
  for (const [path, patterns, what] of lists) {
    for (const [k, p] of patterns.entries()) {
      const problem = userRegexProblem(p);
      if (!problem) continue;
      const field = path.at(-1) === 'drop' ? 'rules.drop' : 'patterns';
      throw new ReaderError(
        field === 'patterns' ? 'TopicPatternInvalid' : 'DropPatternInvalid',
        `Invalid regular expression \`${p}\` in ${field} of ${what}: ${problem}`,
        field === 'patterns'
          ? 'Fix or remove the pattern; plain terms in `terms` need no regex.'
          : 'Fix or remove the pattern; a plain phrase works as a pattern too.',
        { file: shown, ...(locate([...path, k]) ?? locate(path) ?? { line: 1, column: 1 }) },
      );
    }
  }
}

async function checkTexts(manifest: Manifest, root: string, shown: string, locate: LoadedManifest['locate']): Promise<void> {
  const seen = new Map<string, number>();
  const realRoot = await realpath(root);
  for (const [i, text] of manifest.texts.entries()) {
    const at = (field: string) => ({ file: shown, ...(locate(['texts', i, field]) ?? { line: 1, column: 1 }) });
    if (seen.has(text.id)) {
      throw new ReaderError(
        'ManifestDuplicateId',
        `Duplicate text id \`${text.id}\` (also text ${seen.get(text.id)! + 1})`,
        'Give every text its own id.',
        at('id'),
      );
    }
    seen.set(text.id, i);
    const abs = resolve(root, text.source);
    for (const [k, rule] of text.rules.disable.entries()) {
      if ((SWITCHABLE_RULES as readonly string[]).includes(rule)) continue;
      const guess = closest(rule, SWITCHABLE_RULES);
      const place = { file: shown, ...(locate(['texts', i, 'rules', 'disable', k]) ?? at('rules')) };
      throw new ReaderError(
        'ManifestUnknownRule',
        `Unknown normalizer rule \`${rule}\` in rules.disable`,
        `${guess ? `Did you mean \`${guess}\`? ` : ''}Rules that can be switched off: ${SWITCHABLE_RULES.join(', ')}.`,
        place,
      );
    }
    if (isAbsolute(text.source) || !isInside(realRoot, abs)) {
      throw new ReaderError(
        'SourceOutsideProject',
        `Source \`${text.source}\` is outside the project folder`,
        'Copy the file into `content/` and point `source` at it.',
        at('source'),
      );
    }
    let real: string;
    try {
      real = await realpath(abs);
      if (!(await stat(real)).isFile()) throw new Error('not a file');
    } catch {
      throw new ReaderError(
        'SourceMissing',
        `Source file \`${text.source}\` not found`,
        'Check the path (it is relative to reader.yaml), or add the file to `content/`.',
        at('source'),
      );
    }
    if (!isInside(realRoot, real)) {
      throw new ReaderError(
        'SourceOutsideProject',
        `Source \`${text.source}\` links to a file outside the project folder`,
        'Copy the file into `content/` instead of linking to it.',
        at('source'),
      );
    }
  }
}

/** Deepest nesting of lists and maps reader.yaml may have: the manifest needs four levels. */
export const MAX_YAML_NESTING = 64;

/**
 * Refuse YAML nested too deeply before the parser sees it (its recursion would overflow the
 * stack): `[`/`{` opened in flow style, or block levels told by indentation, past the limit.
 */
function checkYamlNesting(source: string, file: string): void {
  let depth = 0;
  let quote = '';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      if (!quote.startsWith('"')) quote = quote === "'" ? quote : '';
      continue;
    }
    if (quote) {
      if (c === quote && source[i - 1] !== '\\') quote = '';
      continue;
    }
    if (c === '#' && (i === lineStart || /\s/.test(source[i - 1]!))) {
      const end = source.indexOf('\n', i);
      i = (end < 0 ? source.length : end) - 1;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_YAML_NESTING) throw yamlTooDeep(undefined, file, line, i - lineStart + 1);
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (i === lineStart && (c === ' ' || c === '-')) {
      // Block levels: indentation (one column can nest a level) and compact `- - -` items.
      let n = 0;
      while (source[i + n] === ' ') n++;
      let items = 0;
      while (source[i + n] === '-' && (source[i + n + 1] === ' ' || source[i + n + 1] === undefined)) {
        items++;
        n += 2;
        while (source[i + n] === ' ') n++;
      }
      if (n > MAX_YAML_NESTING * 4 || items > MAX_YAML_NESTING) throw yamlTooDeep(undefined, file, line, n + 1);
    }
  }
}

function yamlTooDeep(e: unknown, file: string, line: number, column: number): ReaderError {
  if (e !== undefined && !(e instanceof RangeError)) throw e;
  return new ReaderError(
    'ManifestYaml',
    `Malformed YAML: nested too deeply (reader.yaml may nest lists and maps ${MAX_YAML_NESTING} levels at most)`,
    'reader.yaml needs a few levels: remove the extra brackets or indentation.',
    { file, line, column },
  );
}

const isInside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describePath(path: (string | number)[]): string {
  if (path.length === 0) return 'the manifest';
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
}

function knownKeys(path: (string | number)[]): string[] {
  // Walk the schema's shape along the path to list the fields allowed there.
  let schema: unknown = manifestSchema;
  for (const key of path) {
    schema = unwrap(schema);
    const s = schema as { shape?: Record<string, unknown>; element?: unknown };
    if (typeof key === 'number' && s.element) schema = s.element;
    else if (typeof key === 'string' && s.shape) schema = s.shape[key];
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { innerType?: unknown; type?: string; in?: unknown } };
  while (s?.def && (s.def.innerType || s.def.in)) s = (s.def.innerType ?? s.def.in) as typeof s;
  return s;
}

function locateIn(doc: Document, lc: LineCounter, path: (string | number)[]) {
  const node = doc.getIn(path, true) as YamlNode | undefined;
  const offset = node && 'range' in node && node.range ? node.range[0] : undefined;
  if (offset === undefined) return undefined;
  const p = lc.linePos(offset);
  return { line: p.line, column: p.col };
}

function locateKey(doc: Document, lc: LineCounter, path: (string | number)[], key: string) {
  const parent = path.length ? doc.getIn(path, true) : doc.contents;
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
      const p = lc.linePos(pair.key.range[0]);
      return { line: p.line, column: p.col };
    }
  }
  return undefined;
}
