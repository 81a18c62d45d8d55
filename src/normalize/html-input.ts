import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import type { Block } from './block.ts';
import { repairLine } from './chars.ts';
import type { RuleContext } from './rule.ts';
import { isCapsLine, isTitleLine } from './text-shape.ts';

let htmlModules: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;

/**
 * linkedom (~150 ms to load) and Readability, loaded on the first HTML input: most texts are
 * not HTML. Required, not imported, because normalize() is synchronous.
 */
function htmlLibs(): { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } {
  if (!htmlModules) {
    const require = createRequire(import.meta.url);
    htmlModules = { parseHTML: (require('linkedom') as typeof import('linkedom')).parseHTML, Readability: (require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability };
  }
  return htmlModules;
}

const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD']);

/**
 * HTML input: Readability picks the main content, then each block element becomes a block.
 * Headings keep their level (h1/h2 -> 2, deeper -> 3). HTML has no source lines we can keep,
 * so places are counted in output blocks.
 */
export function htmlToBlocks(html: string, ctx: RuleContext): Block[] {
  const { parseHTML, Readability } = htmlLibs();
  const { document } = parseHTML(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  let root: Element | null = null;
  try {
    const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    if (article?.content) {
      const inner = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      root = inner.document.body as unknown as Element;
    }
  } catch {
    root = null;
  }
  root ??= (document.body as unknown as Element) ?? null;
  const blocks: Block[] = [];
  if (!root) return blocks;
  let n = 0;
  const walk = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toUpperCase();
      const hasBlockChild = Array.from(child.children).some((c) => BLOCK_TAGS.has(c.tagName.toUpperCase()) || c.tagName.toUpperCase() === 'DIV' || c.tagName.toUpperCase() === 'UL' || c.tagName.toUpperCase() === 'OL');
      if (BLOCK_TAGS.has(tag) && !hasBlockChild) {
        n++;
        const l = repairLine((child.textContent ?? '').replace(/\s+/g, ' '), n, ctx.fixChars);
        if (!l.text) continue;
        const b: Block = { kind: 'paragraph', text: l.text, spans: [{ offset: 0, line: n, column: 1 }], source: l.text };
        if (/^H[1-6]$/.test(tag)) {
          b.kind = 'heading';
          b.depth = tag === 'H1' || tag === 'H2' ? 2 : 3;
        } else if (tag === 'LI') b.kind = 'list-item';
        else if (isCapsLine(l.text)) b.cand = 'caps';
        else if (isTitleLine(l.text)) b.cand = 'title';
        blocks.push(b);
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  return blocks;
}
