// Shared inputs for layout tests: the real scale registry, default settings and the seed map as read.

import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import { importSheet } from '../../../core/import/index.js';
import type { ProvisionMap } from '../../../core/model/types.js';
import type { TableRow } from '../../../core/plan/table.js';
import type { PlanValue } from '../../../core/plan/types.js';
import { ScaleRegistry } from '../../../core/scales/index.js';
import { resolveSettings } from '../../../core/settings.js';

export const scales = new ScaleRegistry();
export const settings = resolveSettings();

/** The seed guidance's class provision map, read by the real import. */
export function seedMap(): ProvisionMap {
  const r = importSheet(SEED_PROVISION_MAP, { scales, settings });
  if (r.kind !== 'provision') throw new Error('the seed map should read as a provision map');
  return r.map;
}

/** A table row as a layout receives it. */
export function tableRow(values: PlanValue[], extras: PlanValue[] = []): TableRow {
  return { key: String(values[0]), values, extras, existing: false };
}
