// Sources in prose: the shapes a scholarly text cites in (issue 22, round four), on sentences written
// for this test (not taken from any scored text), with shapes that must not become sources beside them.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { analyzeReader, analyzeText } from '../../../src/analyze/index.ts';
import type { NormalizedText } from '../../../src/types.ts';

function sources(markdown: string): string[] {
  const file = new VFile({ path: 't.md', value: `Some words from the editor.\n\n${markdown}` });
  const doc: NormalizedText = { id: 't', file, tree: unified().use(remarkParse).use(remarkGfm).parse(file), kind: 'clean', changes: [] };
  return analyzeReader([analyzeText(doc, [])], [], {}).sources.map((s) => `${s.author}|${s.title ?? ''}`);
}

describe('sources in prose: shapes', () => {
  it.each([
    ['As Hollowell argues in The Quiet Revolution, the guilds never recovered.', 'Hollowell|The Quiet Revolution'],
    ['In The Quiet Revolution (1903), Hollowell traced the decline of the guilds.', 'Hollowell|The Quiet Revolution'],
    ['Hollowell (1903) showed that the guilds never recovered.', 'Hollowell|'],
    ['The guilds never recovered, as Hollowell has shown.', 'Hollowell|'],
    ['Hollowell suggests that the guilds never recovered.', 'Hollowell|'],
    ['Hollowell emphasizes the role of the guilds.', 'Hollowell|'],
    ['Hollowell reminds us that the guilds never recovered.', 'Hollowell|'],
    ['For Hollowell, the guilds never recovered.', 'Hollowell|'],
    ['Hollowell’s claim that the guilds died is too strong.', 'Hollowell|'],
    ['Hollowell’s 1903 essay on the guilds is still read.', 'Hollowell|'],
    ['Hollowell, writing in 1903, thought the guilds finished.', 'Hollowell|'],
    ['Hollowell calls this "the long decline".', 'Hollowell|'],
    ['In a 1903 essay, Hollowell traced the decline of the guilds.', 'Hollowell|'],
  ])('%s', (sentence, source) => {
    expect(sources(sentence)).toContain(source);
  });

  it('both authors of `X and Y (1998)`', () => {
    expect(sources('Hollowell and Marsden (1998) found that the guilds recovered.')).toEqual(expect.arrayContaining(['Hollowell|', 'Marsden|']));
  });

  it.each([
    'Varnell (1870–1924) led the union for twenty years.',
    'The second congress met in Brussels (1903) and then moved to London.',
    'For Brussels, the congress was a windfall.',
    'Varnell’s claim to the estate was rejected.',
    'Following Varnell, the delegates walked out.',
    'The Ostrava Works (1903) made steel.',
  ])('not a source: %s', (sentence) => {
    expect(sources(sentence)).toEqual([]);
  });

  it('a references list in author-date, MLA and Chicago styles, with co-authors', () => {
    const found = sources(
      [
        '## References',
        'Hollowell, J. (1903). *The Quiet Revolution*. London: Smith.',
        'Marsden, Ann, and Peter Quill. 1998. "Guilds Revisited." Journal of Crafts 4: 1–20.',
        'Tavistock, R. 2001. The Long Decline. Oxford: Clarendon Press.',
        '- Ormerod, Basil. *Masters and Men*. London, 1911.\n- Pell, S. & Dunmore, K. (2010) Apprentices. Leeds: Loom.',
      ].join('\n\n'),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'J. Hollowell|The Quiet Revolution',
        'Ann Marsden|Guilds Revisited',
        'R. Tavistock|The Long Decline',
        'Basil Ormerod|Masters and Men',
        'S. Pell|Apprentices',
      ]),
    );
  });
});
