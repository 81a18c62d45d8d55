// A worker thread's entry when the CLI runs from its TypeScript sources (tsx, vitest), not
// from the bundle: registers tsx's loader in the worker, then imports the worker's real entry
// (workerData.entry, a .ts file URL). The bundle has each worker as an entry of its own.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
