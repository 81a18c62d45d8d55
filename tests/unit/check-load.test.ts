// The checker's pdf.js is loaded once, with its worker module, so a build can load it ahead.
import { describe, expect, it } from 'vitest';
import { loadChecker } from '../../src/check/index.ts';

describe('loadChecker', () => {
  it('imports pdf.js and its worker module once, the worker in process (globalThis.pdfjsWorker)', async () => {
    const first = loadChecker();
    expect(loadChecker()).toBe(first);
    const pdfjs = await first;
    expect(typeof pdfjs.getDocument).toBe('function');
    expect(typeof (globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBe('function');
  });
});
