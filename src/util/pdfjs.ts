/**
 * The one way this process loads pdf.js. Its legacy build (the one that runs on Node 20) carries
 * core-js, which on load replaces some of the process's own built-ins with JavaScript versions,
 * because Node 20's differ from the newest spec in edge cases none of our code meets:
 * Array.prototype.push, JSON.parse, JSON.stringify and Function.prototype.toString. They are
 * much slower (2e5 JSON.stringify calls 65 -> 540 ms; pushes 9x), and once a build had loaded
 * pdf.js for its check, every later push and JSON call in the process paid for it: puppeteer's
 * messages to Chromium, the caches, the outputs, the next build under --watch.
 * Here pdf.js and its worker module are imported once, and every built-in they replaced is put
 * back. What they add (Promise.withResolvers, Map.prototype.getOrInsertComputed…) stays:
 * pdf.js needs it on Node 20, and nothing of ours or of our packages feature-tests for it.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

// The intrinsics core-js patches in place. Accessors (Node's lazy globals) are left alone.
const intrinsics = (): object[] => {
  const typed = Object.getPrototypeOf(Uint8Array) as object;
  const list: object[] = [Object, Object.prototype, Function.prototype, Array, Array.prototype, JSON, Math, Number, Number.prototype];
  list.push(String, String.prototype, RegExp.prototype, Promise, Promise.prototype, Map.prototype, Set.prototype, WeakMap.prototype);
  list.push(typed, (typed as { prototype: object }).prototype, Uint8Array, Uint8Array.prototype, ArrayBuffer.prototype, DataView.prototype);
  return list;
};

type Snapshot = Array<{ target: object; key: PropertyKey; descriptor: PropertyDescriptor }>;

function snapshot(): Snapshot {
  const out: Snapshot = [];
  for (const target of intrinsics())
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor && 'value' in descriptor && typeof descriptor.value === 'function') out.push({ target, key, descriptor });
    }
  return out;
}

/** Put back each built-in function replaced since `before` was taken. */
function restoreBuiltIns(before: Snapshot): void {
  for (const { target, key, descriptor } of before) {
    const now = Object.getOwnPropertyDescriptor(target, key);
    if (now && 'value' in now && now.value === descriptor.value) continue;
    Object.defineProperty(target, key, descriptor);
  }
}

/** pdf.js, with its worker module loaded in-process (pdf.js takes `globalThis.pdfjsWorker` instead of importing it later, when nothing would put the built-ins back). */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const before = snapshot();
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return lib;
    } finally {
      restoreBuiltIns(before);
    }
  })();
  return loading;
}
