/** In a worker thread: run `finishPdf` on each PDF the pool sends, and send the result back. */
import { parentPort } from 'node:worker_threads';
import { finishPdf, type PdfInfo } from '../accessibility/index.ts';

const port = parentPort!;
port.on('message', (job: { id: number; pdf: Uint8Array; info: PdfInfo }) => {
  finishPdf(job.pdf, job.info).then(
    (pdf) => port.postMessage({ id: job.id, pdf }, [pdf.buffer as ArrayBuffer]),
    (e: unknown) => port.postMessage({ id: job.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
port.postMessage({ ready: true });
