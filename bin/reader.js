#!/usr/bin/env node
// The package bin: runs the TypeScript sources through tsx's loader (no build step).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const controller = new AbortController();
process.once('SIGINT', () => {
  process.stderr.write('\nInterrupted: closing the browser and cleaning up…\n');
  controller.abort();
});
process.exitCode = await main(process.argv.slice(2), undefined, controller.signal);
if (controller.signal.aborted) process.exitCode = 130;
