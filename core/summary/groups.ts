// Pupil groups as data: which group of each dimension a pupil is in, and how groups are ordered.

import { groupKey } from '../collate/keys.js';
import type { Pupil } from '../model/types.js';
import type { GroupFigures } from './types.js';

export interface GroupDimension {
  dimension: GroupFigures['dimension'];
  /** The pupil's group in this dimension, or null when not recorded. Same key, same group. */
  groupOf(p: Pupil): { key: string; label: string; order: number | string } | null;
}

const SEN_GROUPS = { K: 'SEN support (K)', E: 'EHC plan (E)', N: 'No SEN (N)' } as const;
const SEN_ORDER = ['K', 'E', 'N'] as const;

function yesNo(
  value: boolean | null,
  yes: string,
  no: string,
): { key: string; label: string; order: number } | null {
  if (value === null) return null;
  return value ? { key: 'yes', label: yes, order: 0 } : { key: 'no', label: no, order: 1 };
}

function yearLabel(year: number): string {
  if (year === 0) return 'Reception';
  if (year === -1) return 'Nursery';
  return `Year ${year}`;
}

/** The dimensions the summary breaks outcomes down by, in the order it shows them. */
export const GROUP_DIMENSIONS: readonly GroupDimension[] = [
  {
    dimension: 'sen',
    groupOf: (p) =>
      p.sen ? { key: p.sen, label: SEN_GROUPS[p.sen], order: SEN_ORDER.indexOf(p.sen) } : null,
  },
  { dimension: 'pp', groupOf: (p) => yesNo(p.pp, 'Pupil premium', 'Not pupil premium') },
  { dimension: 'eal', groupOf: (p) => yesNo(p.eal, 'EAL', 'Not EAL') },
  {
    dimension: 'year',
    groupOf: (p) =>
      p.year === null ? null : { key: String(p.year), label: yearLabel(p.year), order: p.year },
  },
  {
    dimension: 'class',
    groupOf: (p) => {
      const key = groupKey(p.group);
      return key === null || p.group === null ? null : { key, label: `Class ${p.group.trim()}`, order: key };
    },
  },
];

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two group orders: numbers numerically, text naturally ("3B" before "10A"). */
export function compareOrder(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
