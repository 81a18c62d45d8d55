/**
 * Add the preview's build number, reload script and layout hooks to the composed HTML. They go
 * before the page's first script (Paged.js), so PagedConfig is set before Paged.js reads it.
 */
export function injectReload(html: string, build: number): string {
  // The screen look goes to the browser alone: Paged.js skips a sheet marked data-pagedjs-ignore.
  const tags = `<meta name="reader-preview-build" content="${build}">\n<link rel="stylesheet" href="/__reader/preview.css" media="screen" data-pagedjs-ignore>\n<script src="/__reader/hooks.js"></script>\n<script src="/__reader/reload.js"></script>\n`;
  const firstScript = html.search(/<script\b/i);
  const headEnd = html.search(/<\/head>/i);
  const at = firstScript >= 0 && (headEnd < 0 || firstScript < headEnd) ? firstScript : headEnd;
  if (at >= 0) return html.slice(0, at) + tags + html.slice(at);
  return tags + html;
}
