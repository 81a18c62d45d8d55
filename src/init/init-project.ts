import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { ReaderError } from '../errors.ts';
import { imageFile, MAX_IMAGE_BYTES, sourceImageRefs } from '../images/image-refs.ts';
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
  /** The source texts themselves, in reading order (`reader init a.txt b.pdf`), instead of a folder's. */
  files?: string[];
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
    throw new ReaderError('InitExists', 'This folder already has a reader.yaml', 'Use `--force` to replace it, or init another folder.', {
      file: shown(manifestPath),
    });
  }
  const contentDir = join(root, 'content');
  const { sources, skipped } = options.files?.length
    ? await givenFiles(options.files)
    : await folderFiles(resolve(options.from ?? ((await isDir(contentDir)) ? contentDir : root)));
  const names = sources.map((s) => basename(s));

  // Every source is read (and an empty one refused) before anything is written.
  const texts: InitText[] = [];
  const ids = uniqueIds(names);
  for (const [i, name] of names.entries()) {
    progress(`reading ${name}`);
    const src = sources[i]!;
    const read = await readSourceText(src);
    if (!read.text.trim()) throw emptySource(shown(src), read.emptyBecause);
    const dest = join(contentDir, name);
    texts.push({
      id: ids[i]!,
      source: relative(root, dest).split(sep).join('/'),
      guesses: guessMetadata(read.text, read.known, { fileLines: read.fileLines }),
      fallbackTitle: titleFromFileName(name),
    });
  }

  // Sources outside content/ are copied in, with the pictures they show from their folder (at
  // the same place beside them); files already in content/ stay where they are.
  await mkdir(contentDir, { recursive: true });
  const copies: Array<[src: string, dest: string]> = [];
  for (const [i, name] of names.entries()) {
    const src = sources[i]!;
    const dest = join(contentDir, name);
    if (resolve(src) === resolve(dest)) continue;
    copies.push([src, dest]);
    for (const picture of await picturesBeside(src)) copies.push([picture, join(contentDir, relative(dirname(src), picture))]);
  }
  // A clash is refused before the first copy, so a refused init leaves content/ as it was.
  for (const [src, dest] of copies) await checkCopy(src, dest, Boolean(options.force));
  const copied: string[] = [];
  for (const [src, dest] of copies) {
    await mkdir(dirname(dest), { recursive: true });
    await copyInto(src, dest, Boolean(options.force));
    copied.push(relative(root, dest));
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

/** A folder's texts, in name order, and the files in it init does not read. */
async function folderFiles(from: string): Promise<{ sources: string[]; skipped: string[] }> {
  if (!(await isDir(from))) {
    throw new ReaderError('InitNoFolder', `No folder \`${shown(from)}\``, 'Pass the folder that holds your texts: `reader init --from path/to/texts`.', {
      file: shown(from),
    });
  }
  const entries = (await readdir(from, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith('.'));
  const names = entries
    .map((e) => e.name)
    .filter(isSourceFile)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) {
    throw new ReaderError(
      'InitNoTexts',
      `No .txt, .md, .html, .pdf, .vtt or .srt files in \`${shown(from)}\``,
      'Put the texts in a folder and run `reader init --from that/folder`.',
      { file: shown(from) },
    );
  }
  return { sources: names.map((n) => join(from, n)), skipped: entries.map((e) => e.name).filter((n) => !isSourceFile(n) && n !== 'reader.yaml') };
}

/** Texts named one by one (`reader init a.txt b.pdf`), in that order: each must be a text file, and no two may share a name in content/. */
async function givenFiles(files: readonly string[]): Promise<{ sources: string[]; skipped: string[] }> {
  const sources: string[] = [];
  const byName = new Map<string, string>();
  for (const f of files) {
    const abs = resolve(f);
    if (
      !(await stat(abs).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      throw new ReaderError('InitNoFile', `No file \`${f}\``, 'Check the path, or pass a folder of texts with `--from`.', { file: f });
    if (!isSourceFile(basename(abs)))
      throw new ReaderError(
        'InitUnknownKind',
        `\`${f}\` is not a .txt, .md, .html, .pdf, .vtt or .srt file`,
        'Save it as one of those first, or leave it out.',
        {
          file: f,
        },
      );
    const name = basename(abs);
    if (sources.includes(abs)) continue;
    const other = byName.get(name);
    if (other) throw new ReaderError('InitSameName', `\`${f}\` and \`${other}\` would both be content/${name}`, 'Rename one of them first.', { file: f });
    byName.set(name, f);
    sources.push(abs);
  }
  return { sources, skipped: [] };
}

/** The picture files a text shows from its own folder or below (images/image-refs.ts), that exist. */
async function picturesBeside(source: string): Promise<string[]> {
  const dir = dirname(resolve(source));
  const out: string[] = [];
  for (const url of sourceImageRefs(source, await readFile(source))) {
    const file = imageFile(url, dir);
    if (!file.startsWith(dir + sep) || out.includes(file)) continue;
    if (
      await stat(file).then(
        (s) => s.isFile() && s.size <= MAX_IMAGE_BYTES,
        () => false,
      )
    )
      out.push(file);
  }
  return out;
}

/** An existing different file at `dest` is refused without --force. */
async function checkCopy(src: string, dest: string, force: boolean): Promise<void> {
  if (force || !(await exists(dest))) return;
  const [a, b] = await Promise.all([readFile(src), readFile(dest)]);
  if (a.equals(b)) return;
  throw new ReaderError(
    'InitContentExists',
    `\`${shown(dest)}\` exists and differs from \`${shown(src)}\``,
    'Rename one of them, or use `--force` to overwrite.',
    { file: shown(dest) },
  );
}

/** Copy byte for byte (checked first with checkCopy); an identical file already there is left alone. */
async function copyInto(src: string, dest: string, force: boolean): Promise<void> {
  if (!force && (await exists(dest)) && (await readFile(src)).equals(await readFile(dest))) return;
  await copyFile(src, dest);
}

const shown = (p: string) => relative(process.cwd(), p) || p;

/** A source with no text: said with the file, why, and what to do. */
export function emptySource(file: string, because?: string): ReaderError {
  return new ReaderError(
    'InitEmptyText',
    `\`${file}\` has no text${because ? `: ${because}` : ' (the file is empty)'}`,
    'Put the text in it, or move it out of the folder, then run the command again.',
    { file },
  );
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
