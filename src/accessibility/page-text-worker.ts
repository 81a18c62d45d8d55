/** Worker half of readPageText: reads a range of pages and posts them back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readPageRange } from './page-text.ts';

const { bytes, from, to } = workerData as { bytes: Uint8Array; from: number; to: number };
parentPort!.postMessage(await readPageRange(bytes, from, to));
