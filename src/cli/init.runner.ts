import { relative } from 'node:path';
import { initProject } from '../init/index.ts';
import type { InitText } from '../init/manifest-doc.ts';
import { initHelp, type InitArgs } from './init.parser.ts';
import type { Io } from './io.ts';

/** Run `reader init`: write the project, then say what was guessed and what is left to do. */
export async function runInit(args: InitArgs, io: Io, signal?: AbortSignal): Promise<number> {
  if (args.help) {
    io.stdout(initHelp);
    return 0;
  }
  void signal; // init is short and writes reader.yaml in one go: nothing to interrupt midway
  const result = await initProject({
    dir: args.dir,
    ...(args.from ? { from: args.from } : {}),
    ...(args.files.length ? { files: args.files } : {}),
    eject: args.eject,
    force: args.force,
    // Progress only on a terminal: logs and pipes get the summary alone.
    ...(io.isTTY ? { onProgress: (m: string) => io.stderr(`init      ${m}\n`) } : {}),
  });
  const shown = (p: string) => relative(process.cwd(), p) || '.';
  const lines = [
    `Wrote ${shown(result.manifestPath)} with ${result.texts.length} text${result.texts.length === 1 ? '' : 's'}${result.copied.length ? `, copied ${result.copied.length} into ${shown(result.root)}/content/` : ''}.`,
    '',
  ];
  for (const t of result.texts) lines.push(...describeText(t), '');
  if (result.skipped.length) lines.push(`Skipped (not .txt, .md, .html, .pdf, .vtt or .srt): ${result.skipped.join(', ')}`, '');
  if (result.ejected.length) lines.push(`Ejected ${result.ejected.length} files: ${result.ejected.join(', ')}`, '');
  const cd = result.root === process.cwd() ? '' : `cd ${shown(result.root)} && `;
  lines.push(
    'Next:',
    `  1. Check the lines marked "check" and fill in the TODOs in ${shown(result.manifestPath)}.`,
    `  2. ${cd}reader preview     (see it in the browser while you edit)`,
    `  3. ${cd}reader build       (print out/reader.pdf)`,
    '',
  );
  io.stdout(lines.join('\n'));
  return 0;
}

function describeText(t: InitText): string[] {
  const g = t.guesses;
  const field = (name: string, guess: { value: string; line?: number } | undefined, missing: string) =>
    `    ${name.padEnd(11)}${guess ? `${guess.value}${guess.line ? `  (line ${guess.line})` : ''}` : missing}`;
  return [
    `  ${t.id}  ${t.source}`,
    field('title', g.title, `${t.fallbackTitle}  (from the file name)`),
    field('author', g.author, '(not found: write it in reader.yaml)'),
    ...(g.translator ? [field('translator', g.translator, '')] : []),
    field('date', g.date, '(not found)'),
    ...(g.publication ? [field('published', g.publication, '')] : []),
  ];
}
