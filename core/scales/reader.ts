// The reader contract: how one parser family turns loose text or a number into a step of a scale.

/** The 0-based step whose label or alias has this key (see labelKey), or undefined. */
export type StepLookup = (value: string | number) => number | undefined;

/** What a reader made of a value: a 0-based step, why it cannot be read, or null (not on this scale). */
export type Reading = number | { reason: string } | null;

/**
 * One parser family. The scale has already tried its labels and aliases, and absent markers, before
 * a reader is asked; readers add the tolerant forms ("Level 2C", "7:03", "45 %").
 */
export interface ScaleReader {
  /** `norm` is normalised (see normaliseGradeText), non-blank text. */
  text(norm: string, find: StepLookup): Reading;
  /** A finite number as a host read it. */
  number(n: number, find: StepLookup): Reading;
}

/** Reads labels and aliases only: school-defined step lists. */
export const LABELS_READER: ScaleReader = {
  text: () => null,
  number: (n, find) => find(n) ?? null,
};

/** `n` as a whole number when it is one, allowing for binary floating-point noise; else null. */
export function wholeNumber(n: number): number | null {
  const r = Math.round(n);
  return Math.abs(n - r) < 1e-9 ? r : null;
}
