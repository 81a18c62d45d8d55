/**
 * The `TODO` values `reader init` leaves in reader.yaml for what it could not guess
 * (`author: "TODO: author"`, `position: "TODO: one line on what this text argues"`). They
 * are taken out of the manifest when it is loaded, so no edition prints "TODO": an optional
 * field is left unset, a required one empty (a text's title falls back to its file name).
 * Each one taken out is kept with its place in reader.yaml, for the build to warn about.
 */
import { basename } from 'node:path';
import { titleFromFileName } from './file-title.ts';
import type { Manifest } from '../manifest/schema.ts';

/** A value still marked for the editor: `TODO`, `TODO: author`, `todo - say what it argues`. */
export const PLACEHOLDER = /^\s*TODO\b/i;

export interface Placeholder {
  /** Manifest path, e.g. `['texts', 2, 'author']`. */
  path: (string | number)[];
  /** The value as written, e.g. `TODO: author`. */
  value: string;
  line?: number;
  column?: number;
}

// Fields the schema requires: emptied, not removed, so the resolved type still holds.
const REQUIRED = new Set(['title', 'author', 'position', 'term', 'gloss']);

/**
 * Take every placeholder out of a validated manifest, in place. `locate` gives a manifest
 * path's line and column in reader.yaml. Returns the placeholders in document order.
 */
export function takePlaceholders(manifest: Manifest, locate: (path: (string | number)[]) => { line: number; column: number } | undefined): Placeholder[] {
  const found: Placeholder[] = [];
  const note = (path: (string | number)[], value: string) => found.push({ path, value, ...(locate(path) ?? {}) });
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) {
      // A placeholder in a list (a TODO question) is dropped from it; indexes are those of reader.yaml.
      const keep: unknown[] = [];
      node.forEach((item, i) => {
        if (typeof item === 'string' && PLACEHOLDER.test(item)) note([...path, i], item);
        else {
          walk(item, [...path, i]);
          keep.push(item);
        }
      });
      node.splice(0, node.length, ...keep);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && PLACEHOLDER.test(value)) {
        note([...path, key], value);
        if (REQUIRED.has(key)) record[key] = '';
        else delete record[key];
      } else walk(value, [...path, key]);
    }
  };
  walk(manifest, []);
  // A text with no title yet is headed by its file name: a heading, a contents line and a running head need words.
  for (const text of manifest.texts) if (!text.title) text.title = titleFromFileName(basename(text.source));
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** `texts[2].author`, as the warning names the field. */
export function placeholderField(path: readonly (string | number)[]): string {
  return path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .replace(/^\./, '');
}

/** The warning the build gives for a placeholder still in reader.yaml. */
export function placeholderReason(p: Placeholder): string {
  const textTitle = p.path.length === 3 && p.path[0] === 'texts' && p.path[2] === 'title';
  return `\`${placeholderField(p.path)}\` is still \`${p.value.trim()}\` from \`reader init\`: fill it in (until then the reader ${textTitle ? 'prints the file name' : 'leaves it out'})`;
}
