// School settings: everything that differs between schools is configuration, not a constant.

import type { KeyStage } from './model/types.js';
import type { ScaleDefinition } from './scales/types.js';
import { SettingsError } from './errors.js';

export interface Settings {
  /**
   * Expected progress in steps per school year, by scale id and key stage. Scales not named here use
   * their own default (see the scale tables).
   */
  expectedStepsPerYear: Record<string, Partial<Record<KeyStage, number>>>;
  /** On-track tolerance in steps, by scale id; scales not named use their own default. */
  tolerance: Record<string, number>;
  /** Staff hourly cost by role as written in the Staff column (matched case-insensitively): HLTA, TA... */
  hourlyRates: Record<string, number>;
  /** Weeks in a term, for schedules such as "weekly for a term". */
  weeksPerTerm: number;
  /** Assessment points in a school year including the baseline (4-6 is usual). */
  assessmentPointsPerYear: number;
  /** School-defined step lists, used beside the built-in scales. */
  schoolScales: ScaleDefinition[];
  /** Currency symbol for cost columns. */
  currency: string;
}

export const DEFAULT_SETTINGS: Settings = {
  expectedStepsPerYear: {},
  tolerance: {},
  hourlyRates: { HLTA: 14, TA: 12, Teacher: 30 },
  weeksPerTerm: 12,
  assessmentPointsPerYear: 6,
  schoolScales: [],
  currency: '£',
};

/** Settings with defaults filled in; throws SettingsError for values that cannot be used. */
export function resolveSettings(partial: Partial<Settings> = {}): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS, ...partial };
  if (!(s.weeksPerTerm > 0)) throw new SettingsError('weeksPerTerm must be a positive number.');
  if (!Number.isInteger(s.assessmentPointsPerYear) || s.assessmentPointsPerYear < 2)
    throw new SettingsError('assessmentPointsPerYear must be a whole number of at least 2.');
  for (const [scale, t] of Object.entries(s.tolerance))
    if (!(t >= 0)) throw new SettingsError(`Tolerance for ${scale} must be zero or more.`);
  for (const [role, rate] of Object.entries(s.hourlyRates))
    if (!(rate >= 0)) throw new SettingsError(`Hourly rate for ${role} must be zero or more.`);
  return s;
}

/** The key stage of a national curriculum year (0 = Reception, -1 = Nursery), or null. */
export function keyStageOf(year: number | null): KeyStage | null {
  if (year === null) return null;
  if (year <= 0) return 'EYFS';
  if (year <= 2) return 'KS1';
  if (year <= 6) return 'KS2';
  if (year <= 9) return 'KS3';
  if (year <= 11) return 'KS4';
  return 'KS5';
}
