import type { Manifest } from '../manifest/schema.ts';
import type { NormalizeOptions } from '../types.ts';

/**
 * What normalize takes from the manifest for one text, the same for `reader build` and
 * `reader normalize`: its source kind, switched-off rules and drop patterns, its title and
 * author (the title block rule), and its language, else the reader's (rule `typography`).
 */
export function normalizeOptionsFor(manifest: Manifest, meta: Manifest['texts'][number]): NormalizeOptions {
  return {
    from: meta.from,
    disable: meta.rules.disable,
    drop: meta.rules.drop,
    title: meta.title,
    author: meta.author,
    language: meta.language ?? manifest.language,
  };
}
