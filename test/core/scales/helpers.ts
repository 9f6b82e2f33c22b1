// Small readers for scale tests: what a value parses to, as one comparable value.

import type { CellValue } from '../../../core/grid.js';
import { ScaleRegistry, type Scale } from '../../../core/scales/index.js';

export const registry = new ScaleRegistry();

export function scale(id: string): Scale {
  return registry.get(id);
}

/** The label a value reads as, or its kind ('blank', 'absent', 'unreadable'). */
export function read(id: string, value: CellValue): string | number {
  const parsed = scale(id).parse(value);
  return parsed.kind === 'grade' ? parsed.label : parsed.kind;
}

/** The reason a value is unreadable; fails the test when it is readable. */
export function reason(id: string, value: CellValue): string {
  const parsed = scale(id).parse(value);
  if (parsed.kind !== 'unreadable') throw new Error(`${String(value)} read as ${parsed.kind}`);
  return parsed.reason;
}

/** The labels of a scale, in order. */
export function labels(id: string): (string | number)[] {
  return scale(id).steps.map((s) => s.label);
}
