/**
 * A manifest id from a file name: lower-case ASCII letters, digits and hyphens, starting
 * with a letter. Ids become HTML ids, and Paged.js looks them up as CSS selectors, where
 * `#002-x` is invalid: an ordering prefix is dropped (`002-woods` -> `woods`), or else
 * `text-` is put in front.
 */
export function slugify(fileName: string): string {
  const slug = plainSlug(fileName);
  if (/^[a-z]/.test(slug)) return slug;
  const rest = slug.replace(/^\d+-/, '');
  return /^[a-z]/.test(rest) ? rest : `text-${slug}`;
}

function plainSlug(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'text';
}

/** One id per file name, in order; a repeated slug gets `-2`, `-3`... */
export function uniqueIds(fileNames: readonly string[]): string[] {
  const used = new Set<string>();
  return fileNames.map((name) => {
    const base = slugify(name);
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    return id;
  });
}
