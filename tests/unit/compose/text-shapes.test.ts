import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/pipeline/prepare.ts';
import { compose } from '../../../src/compose/index.ts';

describe('verse and section breaks as compose sets them', async () => {
  const { loaded, texts, analysis } = await prepare({ config: 'tests/fixtures/compose/shapes/reader.yaml' });
  const { html } = await compose({ manifest: loaded.manifest, texts, analysis, root: loaded.root });
  const body = (id: string) => {
    const start = html.search(new RegExp(`<article class="[^"]*" id="${id}"`));
    return html.slice(html.indexOf('<div class="text-body">', start), html.indexOf('</article>', start));
  };

  it('a stanza is a paragraph of class verse that keeps its lines; prose is not verse', () => {
    const song = body('song');
    const stanzas = [...song.matchAll(/<p [^>]*class="verse"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(stanzas).toHaveLength(2);
    for (const s of stanzas) expect(s.match(/<br>/g)).toHaveLength(3);
    expect(stanzas[0]).toContain('We built the walls, we laid the stone,<br>');
    expect(song.match(/<p [^>]*>/g)).toHaveLength(4);
  });

  it('a section break is an <hr>, not a numbered paragraph, in plain text and in Markdown', () => {
    for (const id of ['parts', 'parts-md']) {
      const b = body(id);
      expect(b.match(/<hr>/g)?.length).toBe(id === 'parts' ? 3 : 2);
      // No paragraph holds only a dash, rule or asterisks.
      const paragraphs = [...b.matchAll(/<(p|li)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<span class="para-num"[^>]*>\d+<\/span>/, '').trim());
      for (const p of paragraphs) expect(p).not.toMatch(/^[-—–*_⁂\s\\]*$/);
    }
    // Numbered paragraphs run on across the breaks (the title line is dropped as a repeat): 1-4, no break numbered.
    expect([...body('parts').matchAll(/data-para="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
  });
  it("a text's first paragraph and each paragraph after a section break or a list are of class flush; others are not", () => {
    for (const id of ['parts', 'parts-md', 'song']) {
      const paragraphs = [...body(id).matchAll(/<(p|h[1-6]|hr|ul|ol|blockquote)\b([^>]*)>/g)].map((m) => ({
        tag: m[1]!,
        flush: /class="[^"]*\bflush\b/.test(m[2]!),
      }));
      paragraphs.forEach((el, i) => {
        if (el.tag !== 'p') return;
        const after = i === 0 ? 'start' : paragraphs[i - 1]!.tag;
        expect(el.flush, `${id}: a paragraph after ${after}`).toBe(after !== 'p');
      });
    }
    // parts: the first paragraph and the three after a break.
    expect(body('parts').match(/class="flush"/g)).toHaveLength(4);
    // song: the prose after the second stanza gets the stanza's space (class after-verse), and only it.
    expect(body('song').match(/class="after-verse"/g)).toHaveLength(1);
  });
});
