import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The names in a folder; none if it cannot be read (not there yet, or gone). */
export function listOrNone(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A cache keeps one build's worth: remove every entry of `dir` that the build did not use. */
export function removeUnused(dir: string, used: ReadonlySet<string>): void {
  for (const name of listOrNone(dir)) if (!used.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}
