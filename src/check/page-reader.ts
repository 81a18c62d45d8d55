/**
 * A page-reader worker (page-readers.ts): reads its share of a PDF's pages with pdf.js
 * (page-read.ts) on request. pdf.js is compiled as the worker starts, before the first request.
 */
import { parentPort } from 'node:worker_threads';
import { loadPdfJs } from '../util/pdfjs.ts';
import { readShare } from './page-read.ts';
import type { ReadRequest, ReadReply } from './page-readers.ts';

const port = parentPort;
if (!port) throw new Error('page-reader.ts runs as a worker thread');
// Compiled now, while the worker waits for its first request.
loadPdfJs().catch(() => {});
port.on('message', (request: ReadRequest) => {
  readShare(new Uint8Array(request.bytes), request.share).then(
    (result) => port.postMessage({ id: request.id, result } satisfies ReadReply),
    (e: unknown) => port.postMessage({ id: request.id, error: e instanceof Error ? e.message : String(e) } satisfies ReadReply),
  );
});
