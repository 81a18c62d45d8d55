import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { ReaderError } from '../errors.ts';
import { closest } from '../util/closest.ts';
import { SWITCHABLE_RULES } from '../normalize/rules/index.ts';
import { manifestSchema, type Manifest } from './schema.ts';
import { takePlaceholders, type Placeholder } from '../init/placeholders.ts';

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
    throw new ReaderError('ManifestNotFound', `Cannot read the manifest \`${shown}\``, 'Run the command in a reader project, or pass `--config path/to/reader.yaml`.', { file: shown });
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
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = lineCounter.linePos(err.pos[0]);
    throw new ReaderError('ManifestYaml', `Malformed YAML: ${firstLine(err.message)}`, 'Check indentation and quoting on that line (quote values that contain `: ` or `#`).', { file: shown, line: pos.line, column: pos.col });
  }
  const locate = (p: (string | number)[]) => locateIn(doc, lineCounter, p);
  const result = manifestSchema.safeParse(doc.toJS() ?? {});
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
    throw new ReaderError('ManifestInvalid', `Invalid \`${describePath(issuePath)}\`: ${issue.message}`, 'See the manifest fields in README.md.', { file: shown, ...at });
  }
  const manifest = result.data;
  const root = dirname(path);
  await checkTexts(manifest, root, shown, locate);
  const placeholders = takePlaceholders(manifest, locate);
  return { manifest, path, root, locate, placeholders };
}

async function checkTexts(manifest: Manifest, root: string, shown: string, locate: LoadedManifest['locate']): Promise<void> {
  const seen = new Map<string, number>();
  const realRoot = await realpath(root);
  for (const [i, text] of manifest.texts.entries()) {
    const at = (field: string) => ({ file: shown, ...(locate(['texts', i, field]) ?? { line: 1, column: 1 }) });
    if (seen.has(text.id)) {
      throw new ReaderError('ManifestDuplicateId', `Duplicate text id \`${text.id}\` (also text ${seen.get(text.id)! + 1})`, 'Give every text its own id.', at('id'));
    }
    seen.set(text.id, i);
    const abs = resolve(root, text.source);
    for (const [k, rule] of text.rules.disable.entries()) {
      if ((SWITCHABLE_RULES as readonly string[]).includes(rule)) continue;
      const guess = closest(rule, SWITCHABLE_RULES);
      const place = { file: shown, ...(locate(['texts', i, 'rules', 'disable', k]) ?? at('rules')) };
      throw new ReaderError('ManifestUnknownRule', `Unknown normalizer rule \`${rule}\` in rules.disable`, `${guess ? `Did you mean \`${guess}\`? ` : ''}Rules that can be switched off: ${SWITCHABLE_RULES.join(', ')}.`, place);
    }
    if (isAbsolute(text.source) || !isInside(realRoot, abs)) {
      throw new ReaderError('SourceOutsideProject', `Source \`${text.source}\` is outside the project folder`, 'Copy the file into `content/` and point `source` at it.', at('source'));
    }
    let real: string;
    try {
      real = await realpath(abs);
      if (!(await stat(real)).isFile()) throw new Error('not a file');
    } catch {
      throw new ReaderError('SourceMissing', `Source file \`${text.source}\` not found`, 'Check the path (it is relative to reader.yaml), or add the file to `content/`.', at('source'));
    }
    if (!isInside(realRoot, real)) {
      throw new ReaderError('SourceOutsideProject', `Source \`${text.source}\` links to a file outside the project folder`, 'Copy the file into `content/` instead of linking to it.', at('source'));
    }
  }
}

const isInside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(sep) ? root : root + sep);

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function describePath(path: (string | number)[]): string {
  if (path.length === 0) return 'the manifest';
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');
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

