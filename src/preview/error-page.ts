import { isReaderError } from '../errors.ts';
import { escapeHtml } from '../util/escape-html.ts';

/** What the preview shows and prints when a build fails. */
export interface PreviewFailure {
  /** `file:line:col: message` (or just the message). */
  line: string;
  hint?: string;
  /** A stack, for errors that are bugs of ours rather than the user's input. */
  stack?: string;
}

/** Describe a failed build for the page and the terminal. */
export function describeFailure(error: unknown): PreviewFailure {
  if (isReaderError(error)) return { line: error.line, ...(error.hint ? { hint: error.hint } : {}) };
  const e = error instanceof Error ? error : new Error(String(error));
  return { line: `reader crashed: ${e.message}`, hint: 'This is a bug in reader; please report it with this page.', ...(e.stack ? { stack: e.stack } : {}) };
}

/** A small page with the error, which reloads itself (through the reload script) once a build succeeds. */
export function errorPage(failure: PreviewFailure, build: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'">
<meta name="reader-preview-build" content="${build}">
<title>Build failed: reader preview</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 3rem auto; max-width: 46rem; padding: 0 1rem; color: #222; }
h1 { font-size: 1.25rem; color: #a40000; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: 1rem; border-left: 4px solid #a40000; }
.hint { color: #444; }
.stack { font-size: 0.8rem; color: #666; border-left-color: #ccc; }
</style>
<script src="/__reader/reload.js"></script>
</head>
<body>
<h1>The reader did not build</h1>
<pre class="message">${escapeHtml(failure.line)}</pre>
${failure.hint ? `<p class="hint">${escapeHtml(failure.hint)}</p>` : ''}
${failure.stack ? `<pre class="stack">${escapeHtml(failure.stack)}</pre>` : ''}
<p>Fix the file and save it: this page reloads by itself.</p>
</body>
</html>
`;
}
