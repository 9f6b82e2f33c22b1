import { describe, expect, it } from 'vitest';
import { calendarDate, resolveToday } from '../../../core/actions/index.js';
import { actionContext } from '../../../core/actions/context.js';
import { SettingsError } from '../../../core/errors.js';

const noClock = (): Date => {
  throw new Error('the clock was read');
};

describe('the date an action calls today', () => {
  it('is the date the caller gave, without reading the clock', () => {
    expect(resolveToday('2025-01-31', noClock)).toBe('2025-01-31');
  });

  it('is the calendar date of the clock when none was given', () => {
    expect(resolveToday(undefined, () => new Date(2024, 1, 29, 23, 59))).toBe('2024-02-29');
    expect(calendarDate(new Date(2025, 0, 5, 0, 1))).toBe('2025-01-05');
    expect(calendarDate(new Date(999, 11, 31))).toBe('0999-12-31');
  });

  it('refuses a date that is not yyyy-mm-dd, or not a day of the calendar', () => {
    for (const bad of ['31/01/2025', '2025-1-31', '2025-02-30', '', 'today'])
      expect(() => resolveToday(bad, noClock), bad).toThrow(SettingsError);
  });

  it('is read from the clock only when an action needs it', () => {
    const ctx = actionContext({ workbook: [] }, noClock);
    expect(ctx.settings.currency).toBe('£');
    expect(() => ctx.today).toThrow('the clock was read');
    let reads = 0;
    const counted = actionContext({ workbook: [] }, () => (reads++, new Date(2025, 2, 1)));
    expect([counted.today, counted.today, reads]).toEqual(['2025-03-01', '2025-03-01', 1]);
    expect(actionContext({ workbook: [], today: '2025-01-01' }, noClock).today).toBe('2025-01-01');
  });
});
