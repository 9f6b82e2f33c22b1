// Figures as the panel words them.
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, plural } from '../../../core/panel/format.js';

describe('formatPercent', () => {
  it('rounds a fraction to a whole percent', () => {
    expect(formatPercent(2 / 3)).toBe('67%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.125)).toBe('13%');
  });
  it('shows a dash when there is nothing to measure', () => {
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(Number.NaN)).toBe('–');
  });
});

describe('formatMoney', () => {
  it('groups thousands and drops pence on whole amounts', () => {
    expect(formatMoney(1234, '£')).toBe('£1,234');
    expect(formatMoney(1234567, '£')).toBe('£1,234,567');
    expect(formatMoney(0, '€')).toBe('€0');
  });
  it('keeps two decimals otherwise, and a minus sign before the symbol', () => {
    expect(formatMoney(12.5, '£')).toBe('£12.50');
    expect(formatMoney(1049.999, '£')).toBe('£1,050');
    expect(formatMoney(-3.2, '£')).toBe('-£3.20');
  });
  it('shows a dash for unknown cost', () => {
    expect(formatMoney(null, '£')).toBe('–');
  });
});

describe('plural', () => {
  it('agrees with the count', () => {
    expect(plural(1, 'pupil')).toBe('1 pupil');
    expect(plural(0, 'pupil')).toBe('0 pupils');
    expect(plural(2, 'thing')).toBe('2 things');
  });
});
