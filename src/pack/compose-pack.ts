/** Compose a pack: its content through `templates/pack.hbs` into one paged HTML document. */
import { baseAssets } from '../compose/index.ts';
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Handlebars from 'handlebars';
import { defaultStylesDir, type Asset } from '../compose/index.ts';
import { bookLanguage, bookWords } from '../compose/book-words.ts';
import { formatDate, registerHelpers } from '../compose/helpers.ts';
import { defaultTemplatesDir } from '../compose/templates.ts';
import { ReaderError } from '../errors.ts';
import type { Manifest } from '../manifest/schema.ts';
import type { PackContent } from './collect.ts';

/** Styles that only packs load: a subfolder, so the reader build does not pick them up. */
export const packStylesDir = join(defaultStylesDir, 'pack');

/** Ruled lines on the notes page: fills an A5 page below its heading at 8 mm a line. */
const NOTE_LINES = 19;

/** Renders a pack's HTML from its content. */
export type PackTemplate = (data: PackTemplateData) => string;

export interface PackTemplateData {
  reader: Manifest & { pageSize: string };
  content: PackContent;
  stylesheets: string[];
  /** The date printed on the title page: the reader's own (`date` in reader.yaml), formatted; empty for none. */
  date: string;
  context: number;
}

/**
 * Load `pack.hbs` and the `pack-*` partials, the user's templates folder overriding by name,
 * into a Handlebars environment with the reader's helpers.
 */
export async function loadPackTemplate(userDir?: string): Promise<PackTemplate> {
  const files = new Map<string, string>();
  for (const dir of [defaultTemplatesDir, ...(userDir ? [userDir] : [])]) {
    for (const sub of ['', 'partials']) {
      for (const name of await readdir(join(dir, sub)).catch(() => [] as string[])) {
        if (name === 'pack.hbs' || (name.startsWith('pack-') && name.endsWith('.hbs'))) files.set(basename(name, '.hbs'), join(dir, sub, name));
      }
    }
  }
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  let main: Handlebars.TemplateDelegate | undefined;
  for (const [name, file] of files) {
    const source = await readFile(file, 'utf8');
    if (name === 'pack') main = hbs.compile(source, { strict: false });
    else hbs.registerPartial(name, source);
  }
  if (!main)
    throw new ReaderError('TemplateMissing', 'No `pack.hbs` template found', 'Keep `pack.hbs` in your templates folder, or remove it to use the default.');
  const template = main;
  return (data) => {
    try {
      return template({ words: bookWords(bookLanguage(data.reader)), ...data, lines: Array.from({ length: NOTE_LINES }, (_, i) => i) });
    } catch (e) {
      throw new ReaderError('TemplateRender', `Pack template failed: ${(e as Error).message}`, 'Check `pack.hbs` and the `pack-*` partials.');
    }
  };
}

/**
 * The files every pack links to, shared by all packs of a run: Paged.js, the fonts, the
 * reader's own stylesheet (so packs look like the reader), the pack styles, the user's styles.
 */
export async function packAssets(userStylesDir?: string): Promise<{ assets: Asset[]; stylesheets: string[] }> {
  const { assets, stylesheets } = baseAssets();
  const dirs: Array<[string, string]> = [
    [defaultStylesDir, 'default'],
    [packStylesDir, 'pack'],
    ...(userStylesDir ? [[userStylesDir, 'user'] as [string, string]] : []),
  ];
  for (const [dir, prefix] of dirs) {
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.css') && !n.startsWith('profile-')).sort();
    for (const name of names) {
      const to = `assets/${prefix}-${name}`;
      assets.push({ to, from: join(dir, name) });
      stylesheets.push(to);
    }
  }
  return { assets, stylesheets };
}

/**
 * The date on a pack's title page: the reader's `date` from reader.yaml (`2025-12` ->
 * `December 2025`), so a pack is dated like the reader it comes from, and building it again
 * next month prints the same page. No date in the manifest, no date on the pack.
 */
export function packDate(readerDate: string | undefined, language = 'en'): string {
  return readerDate ? formatDate(readerDate, language) : '';
}
