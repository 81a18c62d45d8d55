import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, inject, it } from 'vitest';
import { normalizePdf, toMarkdown } from '../../src/normalize/index.ts';

const sample = inject('sample');

describe('normalize on our own Chromium-typeset reader PDF', () => {
  it('reads the first text as the article: headings, whole paragraphs, no margin numbers', async () => {
    const file = new VFile({ path: 'reader.pdf', value: '' });
    file.data.bytes = new Uint8Array(await readFile(join(sample.out, 'reader.pdf')));
    const result = await normalizePdf({ id: 'reader', file, encoding: 'utf-8', extension: 'pdf' });
    const md = toMarkdown(result.tree);
    for (const h of ['SOCIALISM IN ONE COUNTRY', 'ONE PARTY STATE', 'ECHOES OF SPAIN']) expect(md).toContain(`\n## ${h}\n`);
    expect(md).toContain('thrown up more questions');
    expect(md).not.toContain('thrown up 2 more');
    // A paragraph running across a page break stays whole.
    expect(md).toContain('The key questions of what comprises Stalinism and when did');
    expect(md).toContain('Spanish Stalinists against');
    expect(md).not.toMatch(/^## (Another key feature|Stalinism is defined)/m);
    expect(md).not.toContain('\u00AD');
    expect(result.file.messages.some((m) => m.ruleId === 'page-furniture' && /margin number `3`/.test(m.reason))).toBe(true);
  });
});
