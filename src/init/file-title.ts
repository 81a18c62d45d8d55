/** A readable title from a file name: `003-woods_stalin-50` -> `Woods stalin 50`. */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  // Drop an ordering prefix ("003-", "12_") unless nothing else is left.
  const rest = stem.replace(/^\d+[-_. ]+/, '');
  const words = (rest || stem)
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : fileName;
}
