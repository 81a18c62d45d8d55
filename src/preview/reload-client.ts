/**
 * The script the preview adds to the page, served as a file (`/__reader/reload.js`) since the
 * page's Content-Security-Policy allows `script-src 'self'` and no inline script. It listens
 * for the server's build number over Server-Sent Events and reloads when it differs from the
 * one the page was built with; the scroll position is kept across the reload and restored
 * once Paged.js has laid out the pages.
 */
export const RELOAD_SCRIPT = `(() => {
  'use strict';
  const meta = document.querySelector('meta[name="reader-preview-build"]');
  const built = meta ? meta.getAttribute('content') : null;
  const KEY = 'reader-preview-scroll';
  // Until the pages are laid out, the page says so (preview.css shows the class and the count).
  const root = document.documentElement;
  root.classList.add('reader-laying-out');
  const count = setInterval(() => {
    const n = document.querySelectorAll('.pagedjs_page').length;
    if (n) root.setAttribute('data-reader-pages', String(n));
  }, 200);
  const laidOut = () => {
    clearInterval(count);
    root.classList.remove('reader-laying-out');
    root.removeAttribute('data-reader-pages');
  };
  // A script error in the layout must not leave the message up for ever.
  window.addEventListener('error', laidOut);
  const restore = () => {
    const y = Number(sessionStorage.getItem(KEY));
    sessionStorage.removeItem(KEY);
    if (y > 0) window.scrollTo(0, y);
  };
  // Paged.js reads PagedConfig when it loads: chain our restore after any hook already set.
  const config = window.PagedConfig || {};
  const after = config.after;
  const before = config.before;
  window.PagedConfig = Object.assign({}, config, {
    // The build's own layout handlers (page numbers of links, word-safe breaks): hooks.js.
    before: async () => {
      if (typeof before === 'function') await before();
      if (typeof window.__readerHooks === 'function') window.__readerHooks();
    },
    after: (flow) => {
      if (typeof after === 'function') after(flow);
      laidOut();
      restore();
    },
  });
  // A page without Paged.js (the error page) restores as soon as it has loaded.
  window.addEventListener('load', () => {
    if (window.PagedPolyfill) return;
    laidOut();
    restore();
  });
  const events = new EventSource('/__reader/events');
  events.addEventListener('build', (e) => {
    if (e.data === built) return;
    sessionStorage.setItem(KEY, String(window.scrollY));
    events.close();
    location.reload();
  });
})();
`;
