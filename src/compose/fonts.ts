import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A font file shipped by an npm package, copied next to the HTML and embedded in the PDF. */
export interface FontFile {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  subset: 'latin' | 'latin-ext';
  /** Absolute path in node_modules. */
  path: string;
  /** Path relative to the output folder. */
  href: string;
}

const require = createRequire(import.meta.url);

// The unicode ranges fontsource uses for its subsets; a subset is only downloaded
// (and embedded) when the text uses a character in its range.
const RANGES = {
  latin:
    'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
  'latin-ext':
    'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
} as const;

const FAMILIES = [
  { family: 'Literata', pkg: '@fontsource/literata', slug: 'literata', weights: [400, 600] },
  { family: 'Atkinson Hyperlegible', pkg: '@fontsource/atkinson-hyperlegible', slug: 'atkinson-hyperlegible', weights: [400, 700] },
] as const;

/** Every font file the default styles use. */
export function fontFiles(): FontFile[] {
  const out: FontFile[] = [];
  for (const f of FAMILIES) {
    const dir = join(dirname(require.resolve(`${f.pkg}/package.json`)), 'files');
    for (const weight of f.weights)
      for (const style of ['normal', 'italic'] as const)
        for (const subset of ['latin', 'latin-ext'] as const) {
          const name = `${f.slug}-${subset}-${weight}-${style}.woff2`;
          out.push({ family: f.family, weight, style, subset, path: join(dir, name), href: `assets/fonts/${name}` });
        }
  }
  return out;
}

/** `@font-face` rules for the shipped fonts, relative to the HTML file. */
export function fontFaceCss(files: FontFile[]): string {
  return files
    .map(
      (f) =>
        `@font-face { font-family: "${f.family}"; font-style: ${f.style}; font-weight: ${f.weight}; font-display: block; src: url("${f.href.replace(/^assets\//, '')}") format("woff2"); unicode-range: ${RANGES[f.subset]}; }`,
    )
    .join('\n');
}
