/**
 * Quick mode: `reader build FILES…` makes a reader from files alone. Each file is read and its
 * title, author, date… guessed by the guessers `reader init` uses (src/init/); the manifest
 * init would write is made in memory (never written into the user's folder) and built by the
 * normal pipeline. Every file is checked before anything is written, so a bad one stops the
 * run with its place and nothing in out/.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { manifestInputsHash } from '../cache/inputs-hash.ts';
import { isReaderError, ReaderError } from '../errors.ts';
import { guessMetadata } from '../init/guess.ts';
import { titleFromFileName } from '../init/guess-title.ts';
import { emptySource } from '../init/init-project.ts';
import type { Guess } from '../init/lines.ts';
import { initManifestDocument, type InitText } from '../init/manifest-doc.ts';
import { isSourceFile, SOURCE_EXTENSIONS } from '../init/source-files.ts';
import { readSourceText } from '../init/source-text.ts';
import { uniqueIds } from '../init/text-ids.ts';
import { ingestBytes } from '../ingest/index.ts';
import { loadManifestText, type LoadedManifest } from '../manifest/load.ts';

export interface QuickOptions {
  /** The reader's title. Default: the one text's title, or the folder's name. */
  title?: string;
  /** Where relative paths start, and where `out/` goes. Default: the current folder. */
  cwd?: string;
  /** Told each file as it is read. */
  onProgress?: (file: string) => void;
}

export interface QuickManifest {
  /** The manifest as loaded, with a warning for every guess nobody reviewed (`loaded.guesses`). */
  loaded: LoadedManifest;
  /** The reader.yaml `reader init` would write for these files (never written by quick mode). */
  yaml: string;
  /** Each text with its guesses, in the order given. */
  texts: InitText[];
  /** Fingerprint of the manifest and every file: an unchanged rerun is skipped. */
  inputs: string;
  /** Whether the reader's title was guessed (from the folder name) rather than given or taken from the one text. */
  titleGuessed: boolean;
}

// Folder names that say nothing about what is in them: no reader is called "Downloads".
const BLAND_FOLDERS =
  /^(?:downloads?|desktop|documents?|docs|tmp|temp|home|content|texts?|files|src|sources|articles|readings|out|new folder|untitled folder)$/i;

/**
 * The manifest for a quick build of `paths` (files, or folders whose texts are taken in
 * name order). Throws a ReaderError (file:line:col, exit 2) for a file that is missing, of a
 * kind reader does not read, empty or binary, before anything is written.
 */
export async function quickManifest(paths: readonly string[], options: QuickOptions = {}): Promise<QuickManifest> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const files = await expand(paths, cwd);
  const reals = await Promise.all(files.map((f) => realpath(f)));
  // Paths in messages read as the user typed them: relative to the current folder when every file is in it.
  const realCwd = await realpath(cwd);
  const root = reals.every((f) => isInside(realCwd, f)) ? realCwd : commonFolder(reals);
  const ids = uniqueIds(reals.map((f) => basename(f)));
  const texts: InitText[] = [];
  for (const [i, file] of reals.entries()) {
    const shown = relative(root, file).split(sep).join('/');
    options.onProgress?.(shown);
    const bytes = new Uint8Array(await readFile(file));
    // What ingest would refuse (binary, empty, too deeply nested), refused now, with its place.
    if (extname(file).toLowerCase() !== '.pdf') {
      try {
        ingestBytes(bytes, shown, ids[i]!);
      } catch (e) {
        throw isReaderError(e) ? new ReaderError(e.code, e.message, QUICK_HINT, e.place) : e;
      }
    }
    const read = await readSourceText(file);
    if (!read.text.trim()) throw emptySource(shown, read.emptyBecause);
    texts.push({
      id: ids[i]!,
      source: shown,
      guesses: guessMetadata(read.text, read.known, { fileLines: read.fileLines }),
      fallbackTitle: titleFromFileName(basename(file)),
    });
  }
  const titleGuessed = options.title === undefined && texts.length > 1;
  const title = options.title ?? (texts.length === 1 ? (texts[0]!.guesses.title?.value ?? texts[0]!.fallbackTitle) : await folderTitle(paths, cwd, reals));
  const yaml = String(initManifestDocument({ title, texts }));
  // Never written: its folder is the project folder, and messages that name it name no real file.
  const manifestPath = join(root, 'reader.yaml');
  const loaded = await loadManifestText(yaml, manifestPath);
  // init's TODOs (a position to write) are a project's business; here every guess is said at its source.
  loaded.placeholders = [];
  loaded.guesses = texts.map(reviewWarning);
  return { loaded, yaml, texts, inputs: await manifestInputsHash(yaml, manifestPath), titleGuessed };
}

const QUICK_HINT = 'Leave the file out of the command, or save the text itself as .txt, .md or .html (UTF-8), or .pdf.';

/** One warning per text: what was guessed, from where, so it can be checked in the PDF. */
function reviewWarning(t: InitText): { file: string; line?: number; reason: string } {
  const g = t.guesses;
  const said = (what: string, guess: Guess | undefined) =>
    guess ? `${what} \`${guess.value}\` (${guess.line ? `line ${guess.line}, ` : ''}${guess.how})` : undefined;
  const parts = [
    said('title', g.title) ?? `no title found, the file name \`${t.fallbackTitle}\` is printed`,
    said('author', g.author) ?? 'no author found, none is printed',
  ];
  const line = g.title?.line ?? g.author?.line;
  return {
    file: t.source,
    ...(line ? { line } : {}),
    reason: `Guessed ${parts.join('; ')}: check them in the PDF, or run \`reader init\` with these files and correct \`title:\` and \`author:\` in reader.yaml`,
  };
}

/** The files to build: each path as given, a folder's texts in name order; missing or unreadable kinds refused. */
async function expand(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const st = await stat(abs).catch(() => undefined);
    if (!st)
      throw new ReaderError(
        'QuickNoFile',
        `No file \`${p}\``,
        'Check the path: `reader build` takes the texts to put in the reader, e.g. `reader build essay.md notes.txt`.',
        { file: p },
      );
    if (st.isDirectory()) {
      const names = (await readdir(abs, { withFileTypes: true }))
        .filter((e) => e.isFile() && isSourceFile(e.name))
        .map((e) => e.name)
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      if (names.length === 0)
        throw new ReaderError(
          'QuickNoTexts',
          `No .txt, .md, .html, .pdf, .vtt or .srt files in \`${p}\``,
          'Name the texts themselves, e.g. `reader build essay.md notes.txt`.',
          { file: p },
        );
      out.push(...names.map((n) => join(abs, n)));
      continue;
    }
    if (!(SOURCE_EXTENSIONS as readonly string[]).includes(extname(abs).toLowerCase())) {
      throw new ReaderError(
        'QuickUnknownKind',
        `\`${p}\` is not a kind of file reader reads (${extname(abs) || 'no extension'})`,
        'Give .txt, .md, .html (or .xhtml), .pdf, or captions (.vtt, .srt): save a .docx or .odt as .txt or .html first.',
        { file: p },
      );
    }
    out.push(abs);
  }
  return [...new Set(out)];
}

const isInside = (dir: string, p: string) => p.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/** The deepest folder holding every file. */
/**
 * A reader of several texts is titled by their folder, as the README says: the folder given,
 * when one folder is all that was given, else the folder the files share (not the current
 * folder, which may be anywhere). A bland name (`Downloads`, `texts`) or `/` gives `Reader`.
 */
async function folderTitle(paths: readonly string[], cwd: string, files: readonly string[]): Promise<string> {
  const given = paths.length === 1 ? resolve(cwd, paths[0]!) : undefined;
  const folder = given && (await stat(given)).isDirectory() ? await realpath(given) : commonFolder(files);
  return BLAND_FOLDERS.test(basename(folder)) || folder === dirname(folder) ? 'Reader' : titleFromFileName(basename(folder));
}

function commonFolder(files: readonly string[]): string {
  let dir = dirname(files[0]!);
  while (!files.every((f) => isInside(dir, f)) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
