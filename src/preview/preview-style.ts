/**
 * How the preview shows the pages on screen, never in the PDF: served as
 * `/__reader/preview.css` with `media="screen"` and `data-pagedjs-ignore`, so Paged.js leaves
 * it to the browser. Pages sit apart on a grey desk with a shadow, and until Paged.js has laid
 * them out the page says so ("Laying out pages… 12") instead of showing nothing.
 */
export const PREVIEW_CSS = `/* reader preview: the pages on screen */
html { background: #dcdcdc; }
body { margin: 0; }
.pagedjs_pages { padding: 28px 0 56px; }
.pagedjs_page {
  background: #fff;
  margin: 0 auto 28px !important;
  box-shadow: 0 1px 2px rgba(0, 0, 0, 0.18), 0 4px 14px rgba(0, 0, 0, 0.12);
}
/* While Paged.js lays the pages out (the script sets the class and the count). */
html.reader-laying-out body { visibility: hidden; }
html.reader-laying-out::before {
  content: "Laying out pages\\2026  " attr(data-reader-pages);
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  display: grid;
  place-items: center;
  font: 16px/1.4 system-ui, sans-serif;
  color: #333;
  background: #dcdcdc;
}
`;
