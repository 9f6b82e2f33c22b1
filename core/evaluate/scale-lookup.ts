// The one thing evaluation needs from the scale registry: find a scale by id.

import type { Scale } from '../scales/types.js';

/** Anything that finds a scale by id; `ScaleRegistry` from core/scales is one. */
export interface ScaleLookup {
  find(id: string): Scale | undefined;
}

/** The scale with this id, or null for a null or unknown id (an unknown scale is not an error here). */
export function scaleFor(scales: ScaleLookup, id: string | null | undefined): Scale | null {
  return id ? (scales.find(id) ?? null) : null;
}

/** 1-based position of a grade on its scale, as the formulas' MATCH gives it. */
export function position(step: number): number {
  return step + 1;
}
