import { describe, expect, it } from 'vitest';
import { loadPackTemplate, packDate } from '../../../src/pack/compose-pack.ts';
import type { PackTemplateData } from '../../../src/pack/compose-pack.ts';

describe('the pack title page date', () => {
  it("is the reader's date from reader.yaml, whatever the clock says", () => {
    expect(packDate('2025-12')).toBe('December 2025');
    expect(packDate('2025-12-05')).toBe('5 December 2025');
    expect(packDate('2025')).toBe('2025');
    expect(packDate(undefined)).toBe('');
  });

  it('prints no date line when the reader has no date', async () => {
    const template = await loadPackTemplate();
    const data = (date: string) =>
      ({
        reader: { title: 'R', pageSize: 'A5' },
        content: { topic: { id: 't', title: 'Topic', terms: ['x'], questions: [] }, texts: [], silent: [], hits: 0, passages: 0 },
        stylesheets: [],
        date,
        context: 1,
      }) as unknown as PackTemplateData;
    expect(template(data(''))).not.toContain('pack-date');
    expect(template(data('December 2025'))).toContain('<p class="pack-date">December 2025</p>');
  });
});
