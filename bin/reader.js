#!/usr/bin/env node
// The package bin: runs the CLI bundled from src/ (dist/cli/main.mjs), rebuilding the bundle
// first when the sources changed (scripts/cli-bundle.mjs). If the bundle cannot be built or
// loaded, it runs the TypeScript sources through tsx's loader as before.
import { pathToFileURL } from 'node:url';

async function loadMain() {
  try {
    const { ensureBundle } = await import('../scripts/cli-bundle.mjs');
    return await import(pathToFileURL(await ensureBundle()).href);
  } catch (e) {
    if (process.env.READER_DEBUG) process.stderr.write(`reader: running the sources through tsx, the bundle failed: ${e?.stack ?? e}\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return await import('../src/cli/main.ts');
  }
}

// SIGINT, SIGTERM and SIGHUP stop the command cleanly (src/cli/signals.ts); listening before
// the CLI loads, so a signal during start-up is not lost.
const early = [];
const hold = (name) => () => early.push(name);
const holders = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((name) => [name, hold(name)]);
for (const [name, fn] of holders) process.on(name, fn);
const { main, handleTermination, processIo } = await loadMain();
const termination = handleTermination(processIo);
for (const [name, fn] of holders) process.off(name, fn);
for (const name of early) process.emit(name, name);
process.exitCode = termination.exitCode(await main(process.argv.slice(2), undefined, termination.signal));
