import { join, relative } from 'node:path';
import type { BuiltPack, PackContent } from '../pack/index.ts';
import type { OutputRequest, PackRequest, Prepared } from './types.ts';
import { defineOutput } from './types.ts';
import { epubStyles, modifiedDate } from './epub.ts';

export interface PacksWritten {
  packs: BuiltPack[];
  /** Topics that matched nothing: no PDF was written for them (an old one was removed). */
  empty: string[];
  warnings: string[];
  timings: { collect: number; render?: number };
}

/** The topics asked for; an unknown one is an error that names the manifest's `topics`. */
async function topicsOf({ loaded }: Prepared, request: PackRequest) {
  const { compileTopics } = await import('../analyze/index.ts');
  const { resolveTopics } = await import('../pack/index.ts');
  const place = { file: relative(process.cwd(), loaded.path) || loaded.path, ...(loaded.locate(['topics']) ?? {}) };
  return resolveTopics(request.topics, compileTopics(loaded.manifest.topics), request.all ?? false, place);
}

/**
 * `out/packs/<topic>.pdf` and `.html`: per-topic excerpt packs, their page references into
 * the full reader (the laid-out facts are the reader's: this run's, or its last build's record).
 */
export const packs = defineOutput({
  id: 'packs',
  description: 'packs/<topic>.pdf: per-topic excerpt packs',
  stage: 'laid-out',
  wanted: (request: OutputRequest) => request.packs !== undefined,
  check: async (prepared, request) => void (await topicsOf(prepared, request.packs!)),
  write: async (facts, { files, request, browser, signal }): Promise<PacksWritten> => {
    const { collectPack, layOutPacks, loadPackTemplate, packAssets } = await import('../pack/index.ts');
    const asked = request.packs!;
    const progress = asked.onProgress ?? (() => {});
    const { manifest, root } = facts.loaded;
    const context = asked.context ?? 1;
    let t = performance.now();
    const contents: PackContent[] = [];
    const empty: string[] = [];
    for (const topic of await topicsOf(facts, asked)) {
      const content = collectPack(topic, facts.texts, facts.anchors, { context, language: manifest.language, names: facts.analysis.names });
      if (content.hits === 0) {
        empty.push(topic.id);
        progress({
          kind: 'empty',
          topic: topic.id,
          detail: `no paragraph of any text matches ${topic.terms.map((x) => `“${x}”`).join(', ')}${topic.minScore > 1 ? ` (min_score ${topic.minScore})` : ''}; no pack written`,
        });
        // An old pack for this topic would now be wrong: remove it rather than leave it lying.
        await files.remove(`${topic.id}.pdf`);
        await files.remove(`${topic.id}.html`);
        await files.remove(`${topic.id}.epub`);
      } else contents.push(content);
    }
    const timings: PacksWritten['timings'] = { collect: Math.round(performance.now() - t) };
    const warnings: string[] = [];
    if (contents.length === 0) return { packs: [], empty, warnings, timings };
    const template = await loadPackTemplate(manifest.templates ? join(root, manifest.templates) : undefined);
    const { assets, stylesheets } = await packAssets(manifest.styles ? join(root, manifest.styles) : undefined);
    await files.assets(assets);
    t = performance.now();
    const epub = asked.epub
      ? { modified: await modifiedDate(facts), stylesheets: await epubStyles(manifest.styles ? join(root, manifest.styles) : undefined) }
      : undefined;
    const built = await layOutPacks({
      contents,
      manifest,
      template,
      stylesheets,
      context,
      dir: files.dir,
      outDir: files.outDir,
      browser: await browser(),
      ...(epub ? { epub } : {}),
      ...(asked.concurrency ? { concurrency: asked.concurrency } : {}),
      ...(signal ? { signal } : {}),
      progress,
      warnings,
    });
    timings.render = Math.round(performance.now() - t);
    // Reported in the order asked, not the order laid out.
    return { packs: contents.map((c) => built.find((b) => b.topicId === c.topic.id)!), empty, warnings, timings };
  },
});
