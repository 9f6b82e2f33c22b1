import { describe, expect, it } from 'vitest';
import { NUMBER_WIDTH, SectionWriter, textWidth } from '../../../core/plan/section-writer.js';
import { emptySheet } from '../../../core/plan/sheet-builder.js';

describe('section writer widths', () => {
  it('measures text by its longest line, bold wider', () => {
    expect(textWidth('Cognition and learning')).toBeGreaterThan(textWidth('Cognition'));
    expect(textWidth('abc\nabcdef')).toBe(textWidth('abcdef'));
    expect(textWidth('Pupils', true)).toBeGreaterThan(textWidth('Pupils'));
  });

  it('widens each column to what its cells need, within the limits', () => {
    const sheet = emptySheet('Summary');
    const w = new SectionWriter(sheet, { min: 50, max: 200, firstMax: 300 });
    w.note('A very long explanation that runs across the empty cells beside it, and is not measured.');
    w.section('Impact', ['Intervention', 'Area of need', 'Pupils']);
    w.push(['Numeracy', 'Cognition and learning', { formula: '1+1' }]);
    w.push(['Speech and language therapy with the speech and language therapist', null, 3]);
    const widths = w.columnWidths();
    expect(widths[0]).toBeLessThanOrEqual(300);
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth('Numeracy'));
    expect(widths[1]).toBe(textWidth('Cognition and learning'));
    expect(widths[2]).toBe(NUMBER_WIDTH);
    expect(sheet.values).toEqual([]);
    expect(sheet.styles).toContainEqual({ range: 'A6', style: { wrap: true } });
    expect(sheet.styles.filter((s) => s.style.wrap && !s.style.bold)).toHaveLength(1);
  });

  it('keeps a column at least as wide as the longest word of its header, and at least the minimum', () => {
    const w = new SectionWriter(emptySheet('S'), { min: 40, max: 200 });
    w.section('Costs', ['Item', 'Cost-effectiveness', 'x']);
    expect(w.columnWidths()).toEqual([textWidth('Item', true), textWidth('Cost-effectiveness', true), 40]);
  });
});
