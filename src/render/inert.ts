/**
 * In the page, before layout: make the book inert whatever the HTML holds. Compose already
 * drops raw HTML, but a link's or image's URL passes through as written, and a link in the
 * HTML becomes a clickable link in the PDF. Keeps in-book (`#…`), `http(s):` and `mailto:`
 * links; every other link loses its target (its text stays); embeds and scripts that are not
 * ours, and `on*` attributes, are removed. Returns what it changed, for the build's warnings.
 * Runs in the browser: self-contained, no imports.
 */
export function makeInert(ourScripts: string[]): string[] {
  const changed: string[] = [];
  const safeHref = /^(#|https?:|mailto:)/i;
  for (const a of Array.from(document.querySelectorAll('[href]'))) {
    if (a.tagName === 'LINK' || a.tagName === 'BASE') continue;
    const href = a.getAttribute('href') ?? '';
    if (!safeHref.test(href.trim())) {
      changed.push(href);
      a.removeAttribute('href');
    }
  }
  for (const el of Array.from(document.querySelectorAll('iframe, object, embed, frame, frameset, applet, portal, script'))) {
    const src = el.getAttribute('src') ?? el.getAttribute('data') ?? '';
    if (el.tagName === 'SCRIPT' && ourScripts.includes(src)) continue;
    changed.push(`<${el.tagName.toLowerCase()}${src ? ` ${src}` : ''}>`);
    el.remove();
  }
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) {
        changed.push(`${attr.name}="${attr.value.slice(0, 40)}"`);
        el.removeAttribute(attr.name);
      }
    }
  }
  return changed;
}
