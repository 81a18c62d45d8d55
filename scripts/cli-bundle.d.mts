// Types for scripts/cli-bundle.mjs (plain JS so that bin/reader.js and setup need no loader).

/** The package root (the folder holding package.json, src/ and dist/). */
export const packageRoot: string;
/** sha256 over the sorted relative paths and contents of every file under src/, plus package.json. */
export function sourceFingerprint(root?: string): string;
/** The folder the bundle lives in: `<root>/dist/cli`. */
export function bundleDir(root?: string): string;
/** Is the bundle in `outDir` built from sources with this fingerprint? */
export function isFresh(fingerprint: string, outDir?: string): boolean;
/** Bundle src/cli/main.ts into `outDir` (default `<root>/dist/cli`); returns main.mjs's path. */
export function buildBundle(options?: { root?: string; outDir?: string; fingerprint?: string }): Promise<string>;
/** The path of a bundle built from the current sources, building it first when stale or missing. */
export function ensureBundle(root?: string): Promise<string>;
