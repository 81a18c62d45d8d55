// The analysis of a reader made of Markdown texts, as the shapes tests read it (no manifest, no settings).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeReader, analyzeText } from '../../../src/analyze/index.ts';
import type { NormalizedText } from '../../../src/types.ts';

export function readerOf(texts: string[]) {
  const docs = texts.map((markdown, i): NormalizedText => {
    const file = new VFile({ path: `t${i}.md`, value: markdown });
    return { id: `t${i}`, file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
  });
  return analyzeReader(
    docs.map((d) => analyzeText(d, [])),
    [],
    {},
  );
}
