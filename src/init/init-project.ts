import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { ReaderError } from '../errors.ts';
import { loadManifest } from '../manifest/load.ts';
import { ejectDefaults, type EjectKind } from './eject.ts';
import { guessMetadata } from './guess.ts';
import { titleFromFileName } from './guess-title.ts';
import { initManifestDocument, type InitText } from './manifest-doc.ts';
import { isSourceFile, readSourceText } from './source-text.ts';
import { uniqueIds } from './text-ids.ts';

export interface InitOptions {
  /** Project folder to create or fill. Default: the current folder. */
  dir?: string;
  /** Folder holding the source texts. Default: `DIR/content` if it exists, else DIR itself. */
  from?: string;
  /** Also copy the default templates and/or styles into the project. */
  eject?: EjectKind[];
  /** Replace an existing reader.yaml. */
  force?: boolean;
  onProgress?: (message: string) => void;
}

export interface InitResult {
  root: string;
  manifestPath: string;
  texts: InitText[];
  /** Files copied into `content/`, project-relative. */
  copied: string[];
  /** Files of the source folder that are not texts init reads. */
  skipped: string[];
  ejected: string[];
}

/**
 * `reader init`: copy the source texts into `content/` byte for byte, guess each one's
 * title, author, translator and date, and write a reader.yaml that marks every guess for
 * review. The manifest it writes is checked with loadManifest before init returns.
 */
export async function initProject(options: InitOptions = {}): Promise<InitResult> {
  const root = resolve(options.dir ?? '.');
  const manifestPath = join(root, 'reader.yaml');
  const progress = options.onProgress ?? (() => {});
  if (!options.force && (await exists(manifestPath))) {
    throw new ReaderError('InitExists', 'This folder already has a reader.yaml', 'Use `--force` to replace it, or init another folder.', { file: shown(manifestPath) });
  }
  const contentDir = join(root, 'content');
  const from = resolve(options.from ?? ((await isDir(contentDir)) ? contentDir : root));
  if (!(await isDir(from))) {
    throw new ReaderError('InitNoFolder', `No folder \`${shown(from)}\``, 'Pass the folder that holds your texts: `reader init --from path/to/texts`.', { file: shown(from) });
  }
  const entries = (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.'));
  const names = entries.map((e) => e.name).filter(isSourceFile).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const skipped = entries.map((e) => e.name).filter((n) => !isSourceFile(n) && n !== 'reader.yaml');
  if (names.length === 0) {
    throw new ReaderError('InitNoTexts', `No .txt, .md, .html or .pdf files in \`${shown(from)}\``, 'Put the texts in a folder and run `reader init --from that/folder`.', { file: shown(from) });
  }

  // Every source is read (and an empty one refused) before anything is written.
  const texts: InitText[] = [];
  const ids = uniqueIds(names);
  for (const [i, name] of names.entries()) {
    progress(`reading ${name}`);
    const src = join(from, name);
    const read = await readSourceText(src);
    if (!read.text.trim()) throw emptySource(shown(src), read.emptyBecause);
    const dest = join(contentDir, name);
    texts.push({ id: ids[i]!, source: relative(root, dest).split(sep).join('/'), guesses: guessMetadata(read.text, read.known, { fileLines: read.fileLines }), fallbackTitle: titleFromFileName(name) });
  }

  // Sources outside content/ are copied in; files already in content/ stay where they are.
  await mkdir(contentDir, { recursive: true });
  const copied: string[] = [];
  // A clash is refused before the first copy, so a refused init leaves content/ as it was.
  for (const name of names) if (resolve(join(from, name)) !== resolve(join(contentDir, name))) await checkCopy(join(from, name), join(contentDir, name), Boolean(options.force));
  for (const name of names) {
    const src = join(from, name);
    const dest = join(contentDir, name);
    if (resolve(src) !== resolve(dest)) {
      await copyInto(src, dest, Boolean(options.force));
      copied.push(relative(root, dest));
    }
  }

  const ejected: string[] = [];
  const eject = [...new Set(options.eject ?? [])];
  const doc = initManifestDocument({
    title: titleFromFileName(basename(root)),
    texts,
    ...(eject.includes('templates') ? { templates: 'templates' } : {}),
    ...(eject.includes('styles') ? { styles: 'styles' } : {}),
  });
  await writeFile(manifestPath, String(doc));
  for (const kind of eject) {
    progress(`ejecting ${kind}`);
    ejected.push(...(await ejectDefaults(kind, { config: manifestPath, force: Boolean(options.force) })).written);
  }
  // What we wrote must load: a failure here is our bug, reported with the manifest's place.
  await loadManifest(manifestPath);
  return { root, manifestPath, texts, copied, skipped, ejected };
}

/** An existing different file at `dest` is refused without --force. */
async function checkCopy(src: string, dest: string, force: boolean): Promise<void> {
  if (force || !(await exists(dest))) return;
  const [a, b] = await Promise.all([readFile(src), readFile(dest)]);
  if (a.equals(b)) return;
  throw new ReaderError('InitContentExists', `\`${shown(dest)}\` exists and differs from \`${shown(src)}\``, 'Rename one of them, or use `--force` to overwrite.', { file: shown(dest) });
}

/** Copy byte for byte (checked first with checkCopy); an identical file already there is left alone. */
async function copyInto(src: string, dest: string, force: boolean): Promise<void> {
  if (!force && (await exists(dest)) && (await readFile(src)).equals(await readFile(dest))) return;
  await copyFile(src, dest);
}

const shown = (p: string) => relative(process.cwd(), p) || p;

/** A source with no text: said with the file, why, and what to do. */
export function emptySource(file: string, because?: string): ReaderError {
  return new ReaderError('InitEmptyText', `\`${file}\` has no text${because ? `: ${because}` : ' (the file is empty)'}`, 'Put the text in it, or move it out of the folder, then run the command again.', { file });
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

async function isDir(p: string): Promise<boolean> {
  return stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
