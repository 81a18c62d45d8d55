/**
 * What a run asks of the outputs, and the runner that writes the chosen ones stage by stage.
 * Apart from build.ts so that the up-to-date check (up-to-date.ts) and packs load it without
 * the whole pipeline (compose, render, pdf-lib): a `reader build` with nothing to do stays fast.
 */
import { join } from 'node:path';
import { ReaderError } from '../errors.ts';
import type { Finished, Output, OutputContext, OutputRequest, Stage, StageFacts } from '../outputs/types.ts';

/** The options of a build that say what it writes (BuildOptions has them). */
export interface RequestOptions {
  profile?: string;
  impose?: OutputRequest['impose'];
  marks?: OutputRequest['marks'];
  also?: readonly string[];
}

/** The request a build's options make: which edition is laid out, and what else is written. */
export function buildRequest(options: RequestOptions): OutputRequest {
  if (options.profile !== undefined && options.profile !== 'large-print')
    throw new ReaderError('CliArgs', `Unknown profile \`${options.profile}\``, 'The known profile is `large-print`.');
  return {
    edition: options.profile === 'large-print' ? 'large-print' : 'reader',
    ...(options.impose ? { impose: options.impose } : {}),
    ...(options.marks ? { marks: options.marks } : {}),
    ...(options.also ? { also: options.also } : {}),
  };
}

/**
 * Runs a run's chosen outputs stage by stage, in registration order, each with a view of the
 * output folder that records the names it wrote. `book` outputs (the paged editions) are run
 * on their own, when the pipeline has finished their PDF.
 */
export function outputRunner(chosen: readonly Output[], context: OutputContext) {
  const results: Record<string, { files: string[]; result: unknown }> = {};
  const at = (stage: Stage, extraOnly = false) => chosen.filter((o) => o.stage === stage && !(extraOnly && o.book));
  const writeOne = async (o: Output, facts: StageFacts[Stage]) => {
    const files: string[] = [];
    const { files: folder } = context;
    const recording = {
      get dir() {
        return folder.dir;
      },
      outDir: folder.outDir,
      write: (name: string, content: string | Uint8Array) => (files.push(join(folder.outDir, name)), folder.write(name, content)),
      assets: folder.assets.bind(folder),
      remove: folder.remove.bind(folder),
    };
    // The stage's facts match the output's stage: `at` chose it by that stage.
    const result = await (o.write as (facts: StageFacts[Stage], context: OutputContext) => Promise<unknown>)(facts, { ...context, files: recording });
    results[o.id] = { files, result };
  };
  return {
    results,
    chosen,
    request: context.request,
    /** Whether any output (besides the paged editions, with `extraOnly`) is written, or works ahead, at this stage. */
    has: (stage: Stage, extraOnly = false) => at(stage, extraOnly).length > 0 || (stage === 'prepared' && chosen.some((o) => o.ahead)),
    /** Write every output of a stage (without the paged editions) from its facts; at 'prepared', first the later outputs' work ahead. */
    async stage<S extends Stage>(stage: S, facts: StageFacts[S], extraOnly = true): Promise<void> {
      if (stage === 'prepared') for (const o of chosen) await o.ahead?.(facts as StageFacts['prepared']);
      for (const o of at(stage, extraOnly)) await writeOne(o, facts);
    },
    /** Write a paged edition's own files. */
    book: (o: Output, facts: Finished) => writeOne(o, facts),
    /** The files the outputs of a stage (the paged editions left out) wrote. */
    extraFiles: (stage: Stage) => at(stage, true).flatMap((o) => results[o.id]?.files ?? []),
  };
}
