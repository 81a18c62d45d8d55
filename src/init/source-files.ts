import { extname } from 'node:path';

/** The file types init and quick mode take as sources. Kept apart from the readers, so argument parsers can ask cheaply. */
export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.pdf', '.vtt', '.srt'] as const;

export function isSourceFile(name: string): boolean {
  return !name.startsWith('.') && (SOURCE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}
