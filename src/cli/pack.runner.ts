import { relative } from 'node:path';
import type { PackProgress } from '../pack/index.ts';
import { buildPacks } from '../pipeline/pack.ts';
import type { Io } from './io.ts';
import { packHelp, type PackArgs } from './pack.parser.ts';

/**
 * Run `reader pack`: one line of progress per pack on stderr, warnings always.
 * Exit code 0, also when a topic matched nothing (that is a warning, with no PDF written).
 */
export async function runPack(args: PackArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(packHelp);
    return 0;
  }
  const show = !args.quiet;
  const onProgress = (e: PackProgress) => {
    // Warnings and the rebuild notice matter even with --quiet: they change what was written.
    if (e.kind === 'empty') io.stderr(`warning: topic \`${e.topic}\` matches nothing: ${e.detail}\n`);
    else if (e.kind === 'rebuild') io.stderr(`reader    ${e.detail}\n`);
    else if (show && (e.kind === 'start' || e.kind === 'done')) io.stderr(`pack      ${e.topic} ${e.kind === 'start' ? '…' : '✓'} ${e.detail}\n`);
    else if (show && e.kind === 'prepare') io.stderr(`prepare   ${e.detail}\n`);
  };
  const result = await buildPacks({
    topics: args.topics,
    all: args.all,
    context: args.context,
    ...(args.epub ? { epub: true } : {}),
    config: args.config,
    ...(args.out ? { out: args.out } : {}),
    ...(args.reader ? { reader: args.reader } : {}),
    ...(signal ? { signal } : {}),
    onProgress,
  });
  for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
  if (show) {
    for (const p of result.packs)
      io.stderr(
        `${relative(process.cwd(), p.pdfPath)}: ${p.pages} pages, ${p.content.passages} passages from ${p.content.texts.length} ${p.content.texts.length === 1 ? 'text' : 'texts'}${p.epubPath ? ` (and ${relative(process.cwd(), p.epubPath)})` : ''}\n`,
      );
    io.stderr(
      `${result.packs.length} ${result.packs.length === 1 ? 'pack' : 'packs'} in ${(result.timings.total! / 1000).toFixed(1)} s${result.empty.length ? `; ${result.empty.length} empty (${result.empty.join(', ')})` : ''}\n`,
    );
  }
  return 0;
}
