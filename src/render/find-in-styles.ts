import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorPlace } from '../errors.ts';

/**
 * Where a refused URL is written in the staged stylesheets (`assets/user-*.css` are copies of
 * the project's `styles:` files), so a layout failure can name the file, line and column.
 */
export async function findRefusedInStyles(dir: string, urls: string[]): Promise<{ place: ErrorPlace; url: string } | undefined> {
  if (urls.length === 0) return undefined;
  const assets = join(dir, 'assets');
  const names = (await readdir(assets).catch(() => [] as string[]))
    .filter((n) => n.endsWith('.css'))
    .sort((a, b) => Number(b.startsWith('user-')) - Number(a.startsWith('user-')));
  for (const name of names) {
    const css = await readFile(join(assets, name), 'utf8').catch(() => '');
    for (const url of urls) {
      const at = css.indexOf(url);
      if (at < 0) continue;
      const before = css.slice(0, at);
      const line = before.split('\n').length;
      // A user file is named as in the project's styles folder; a default one as staged.
      const file = name.startsWith('user-') ? name.slice('user-'.length) : `assets/${name}`;
      return { place: { file, line, column: at - before.lastIndexOf('\n') }, url };
    }
  }
  return undefined;
}
