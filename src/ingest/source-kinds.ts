/**
 * The one list of source kinds: what the manifest's `from:`, `reader normalize --from` and
 * normalize itself accept. `auto` asks normalize to detect the kind.
 */
export const SOURCE_KINDS = ['pdf-text', 'web-text', 'markdown', 'html', 'pdf', 'clean', 'captions'] as const;

/** What kind of text a source is. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A kind to force, or `auto`. */
export const SOURCE_FORMATS = ['auto', ...SOURCE_KINDS] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
