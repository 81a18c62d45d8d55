import { basename, extname, resolve } from 'node:path';
import { ReaderError } from '../errors.ts';
import type { SourceFormat } from '../ingest/source-kinds.ts';
import { ingestFile } from '../ingest/index.ts';
import { checkPdfYieldsText } from '../ingest/pdf-text.ts';
import { loadManifest } from '../manifest/load.ts';
import { normalize, normalizePdf, toMarkdown } from '../normalize/index.ts';
import type { IngestedText, NormalizeOptions, NormalizedText } from '../types.ts';
import { normalizeOptionsFor } from './normalize-options.ts';

/**
 * When `reader.yaml` in the working folder lists this file, its title and per-text rules, so
 * that `reader normalize` shows what the build will print. A manifest that does not load is
 * ignored here: `reader build` reports it properly.
 */
async function manifestOptions(file: string): Promise<NormalizeOptions> {
  try {
    const { manifest, root } = await loadManifest('reader.yaml');
    const meta = manifest.texts.find((t) => resolve(root, t.source) === resolve(file));
    // As the build does.
    return meta ? normalizeOptionsFor(manifest, meta) : {};
  } catch {
    return {};
  }
}

/**
 * `reader normalize FILE`'s run: ingest and normalize one source with the options the manifest
 * gives it (`from` overrides the manifest's kind unless it is `auto`). A file that cannot be
 * read is a `SourceUnreadable` error. Returns the text as Markdown too.
 */
export async function normalizeFile(
  file: string,
  options: { from?: SourceFormat } = {},
): Promise<{ input: IngestedText; result: NormalizedText; markdown: string }> {
  const normalizeOptions = { ...(await manifestOptions(file)), ...(options.from && options.from !== 'auto' ? { from: options.from } : {}) };
  let input: IngestedText;
  try {
    input = await ingestFile(file, basename(file, extname(file)), process.cwd(), { ...(normalizeOptions.from ? { from: normalizeOptions.from } : {}) });
  } catch (e) {
    // Not a text (binary, nested too deeply, empty): that error already says where and why.
    if (e instanceof ReaderError) throw e;
    throw new ReaderError('SourceUnreadable', `Cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, undefined, { file });
  }
  const result = input.extension === 'pdf' ? await normalizePdf(input, normalizeOptions) : normalize(input, normalizeOptions);
  if (input.extension === 'pdf') checkPdfYieldsText(result.file, input.file.path);
  return { input, result, markdown: toMarkdown(result.tree) };
}
