#!/usr/bin/env node
// The package bin: runs the CLI bundled from src/ (dist/cli/main.mjs), rebuilding the bundle
// first when the sources changed (scripts/cli-bundle.mjs). If the bundle cannot be built or
// loaded, it runs the TypeScript sources through tsx's loader as before.
import { pathToFileURL } from 'node:url';

async function loadMain() {
  try {
    const { ensureBundle } = await import('../scripts/cli-bundle.mjs');
    return (await import(pathToFileURL(await ensureBundle()).href)).main;
  } catch (e) {
    if (process.env.READER_DEBUG) process.stderr.write(`reader: running the sources through tsx, the bundle failed: ${e?.stack ?? e}\n`);
    const { register } = await import('tsx/esm/api');
    register();
    return (await import('../src/cli/main.ts')).main;
  }
}

const main = await loadMain();
const controller = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('\nInterrupted: closing the browser and cleaning up…\n');
  controller.abort();
});
process.exitCode = await main(process.argv.slice(2), undefined, controller.signal);
if (controller.signal.aborted) process.exitCode = 130;
