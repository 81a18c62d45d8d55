import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { setTopLevelScalar } from './yaml-edit.ts';
import { parseDocument } from 'yaml';
import { defaultStylesDir } from '../compose/index.ts';
import { defaultTemplatesDir } from '../compose/templates.ts';
import { ReaderError } from '../errors.ts';

export const EJECT_KINDS = ['templates', 'styles'] as const;
export type EjectKind = (typeof EJECT_KINDS)[number];

export interface EjectOptions {
  /** Path of reader.yaml. Default `reader.yaml`. */
  config?: string;
  /** Overwrite files that already exist. */
  force?: boolean;
}

export interface EjectResult {
  /** Folder the files went to, as set in reader.yaml (`templates` or `styles`). */
  folder: string;
  /** Files written, project-relative. */
  written: string[];
  /** Whether reader.yaml was changed. */
  manifestChanged: boolean;
}

/**
 * `reader eject`: copy the tool's default templates (with partials/) or styles into the
 * project and point reader.yaml at them, keeping the manifest's comments and layout.
 * If reader.yaml already names a folder for them, that folder is used.
 */
export async function ejectDefaults(kind: EjectKind, options: EjectOptions = {}): Promise<EjectResult> {
  const manifestPath = resolve(options.config ?? 'reader.yaml');
  const root = dirname(manifestPath);
  let source: string;
  try {
    source = await readFile(manifestPath, 'utf8');
  } catch {
    throw new ReaderError(
      'ManifestNotFound',
      `Cannot read the manifest \`${shown(manifestPath)}\``,
      'Run `reader eject` in a reader project (`reader init` makes one), or pass `--config path/to/reader.yaml`.',
      { file: shown(manifestPath) },
    );
  }
  const doc = parseDocument(source);
  if (doc.errors.length > 0)
    throw new ReaderError('ManifestYaml', `Malformed YAML: ${doc.errors[0]!.message.split('\n')[0]}`, 'Fix reader.yaml first (`reader build` shows where).', {
      file: shown(manifestPath),
    });
  const current = doc.get(kind);
  const folder = typeof current === 'string' && current.trim() ? current : kind;
  const fromDir = kind === 'templates' ? defaultTemplatesDir : defaultStylesDir;
  const toDir = resolve(root, folder);
  const files = (await listFiles(fromDir))
    .filter((f) => f.endsWith(kind === 'templates' ? '.hbs' : '.css'))
    // Profile styles are picked per edition only from the defaults; a copy would apply to every edition.
    .filter((f) => !(kind === 'styles' && /(^|\/)profile-/.test(f)));

  const clashes: string[] = [];
  for (const f of files) if (await exists(join(toDir, f))) clashes.push(shown(join(toDir, f)));
  if (clashes.length && !options.force) {
    throw new ReaderError(
      'EjectExists',
      `Would overwrite ${
        clashes.length === 1
          ? `\`${clashes[0]}\``
          : `${clashes.length} files (${clashes
              .slice(0, 3)
              .map((c) => `\`${c}\``)
              .join(', ')}${clashes.length > 3 ? ', …' : ''})`
      }`,
      `Your edits would be lost. Use \`reader eject ${kind} --force\` to replace them.`,
      { file: clashes[0]! },
    );
  }
  const written: string[] = [];
  for (const f of files) {
    const to = join(toDir, f);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(join(fromDir, f), to);
    written.push(relative(root, to));
  }
  const manifestChanged = current !== folder;
  // Only the one line changes: the user's layout, comments, quoting and one-line lists stay as written.
  if (manifestChanged) await writeFile(manifestPath, setTopLevelScalar(source, doc, kind, folder));
  return { folder, written, manifestChanged };
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

const shown = (p: string) => relative(process.cwd(), p) || p;

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}
