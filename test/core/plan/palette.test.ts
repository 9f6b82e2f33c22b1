import { describe, expect, it } from 'vitest';
import { ENROLMENT_STATUSES, TRACKING_STATUSES } from '../../../core/evaluate/rules.js';
import {
  contrastRatio,
  ENROLMENT_STATUS_COLOUR,
  PALETTE,
  statusStyle,
  TRACKING_STATUS_COLOUR,
} from '../../../core/plan/palette.js';

describe('palette', () => {
  it('is five pairs of #RRGGBB colours, dark font on a light fill of the same hue', () => {
    expect(Object.keys(PALETTE).sort()).toEqual(['amber', 'blue', 'green', 'grey', 'red']);
    for (const pair of Object.values(PALETTE)) {
      expect(pair.fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(pair.fontColor).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrastRatio(pair.fontColor, pair.fill)).toBeGreaterThanOrEqual(7);
    }
  });

  it('computes WCAG contrast: black on white is 21, a colour on itself 1', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FAD4CC', '#FAD4CC')).toBeCloseTo(1, 5);
  });

  it('gives every status a colour as the brief sets them', () => {
    expect(Object.keys(ENROLMENT_STATUS_COLOUR).sort()).toEqual([...ENROLMENT_STATUSES].sort());
    expect(Object.keys(TRACKING_STATUS_COLOUR).sort()).toEqual([...TRACKING_STATUSES].sort());
    expect(statusStyle('not met').fill).toBe(PALETTE.red.fill);
    expect(statusStyle('partly met').fill).toBe(PALETTE.amber.fill);
    expect(statusStyle('met').fill).toBe(PALETTE.green.fill);
    expect(statusStyle('pending').fill).toBe(PALETTE.grey.fill);
    expect(statusStyle('off track').fill).toBe(PALETTE.red.fill);
    expect(statusStyle('slightly behind').fill).toBe(PALETTE.amber.fill);
    expect(statusStyle('on track').fill).toBe(PALETTE.green.fill);
    expect(statusStyle('ahead').fill).toBe(PALETTE.blue.fill);
    expect(statusStyle('no data').fill).toBe(PALETTE.grey.fill);
  });

  it('makes only the most urgent statuses bold', () => {
    const bold = [...ENROLMENT_STATUSES, ...TRACKING_STATUSES].filter((s) => statusStyle(s).bold);
    expect(bold.sort()).toEqual(['not met', 'off track']);
  });
});
