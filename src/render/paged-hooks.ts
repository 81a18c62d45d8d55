/**
 * Handlers we add to Paged.js before it lays out. They run in the page, so they are plain
 * JavaScript source: a TypeScript function would be transformed (tsx adds a `__name`
 * helper to named classes), and the page has no such helper.
 */

/**
 * Paged.js 0.4.3 can cut a page inside a word that our build-time hyphenation split with soft
 * hyphens: it measures letter by letter and leaves a stub such as "i-" alone on the last line.
 * When the overflow starts inside a word, start it at the word's beginning instead, so the
 * whole word goes over and the page ends on a full line.
 */
export const WORD_SAFE_BREAKS = `(() => {
  const inWord = (c) => c !== undefined && /[\\p{L}\\p{N}\\u00AD'\\u2019]/u.test(c);
  window.Paged.registerHandlers(class extends window.Paged.Handler {
    onOverflow(overflow) {
      if (!overflow || typeof overflow.setStart !== 'function') return undefined;
      const node = overflow.startContainer;
      if (node.nodeType !== Node.TEXT_NODE) return undefined;
      const text = node.textContent || '';
      let i = overflow.startOffset;
      if (!(inWord(text[i - 1]) && inWord(text[i]))) return undefined;
      while (i > 0 && inWord(text[i - 1])) i--;
      // A word that opens its text node may continue an inline element before it: leave those.
      if (i === 0) return undefined;
      const moved = overflow.cloneRange();
      moved.setStart(node, i);
      return moved;
    }
  });
})()`;
