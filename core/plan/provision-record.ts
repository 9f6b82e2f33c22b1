// A pupil's running record of provision as text: each intervention, its scale, entry -> exit and status.

import type { EnrolmentStatus } from '../evaluate/rules.js';
import type { Enrolment, Intervention } from '../model/types.js';
import type { ScaleCatalog } from './scale-ranges.js';

/** One enrolment with its evaluated status, as the record needs it. */
export interface RecordItem {
  enrolment: Enrolment;
  status: EnrolmentStatus;
}

/**
 * Each pupil's provision record, keyed by pupil id: one line per enrolment, in row order, such as
 * "Numeracy (NC sub-levels), 2024-01-08 to 2024-02-16: 3c -> 3b, met".
 */
export function provisionRecords(
  items: readonly RecordItem[],
  interventions: readonly Intervention[],
  catalog: ScaleCatalog,
): Map<string, string> {
  const byId = new Map(interventions.map((i) => [i.id, i]));
  const lines = new Map<string, string[]>();
  for (const { enrolment: e, status } of items) {
    const i = byId.get(e.interventionId);
    const scale = e.scaleId ? catalog.find(e.scaleId) : undefined;
    const dates = i?.start || i?.end ? `, ${i?.start ?? '?'} to ${i?.end ?? '?'}` : '';
    const name = `${i?.name ?? e.interventionId}${scale ? ` (${scale.name})` : ''}${dates}`;
    const line = `${name}: ${e.entry?.label ?? '?'} -> ${e.exit?.label ?? '?'}, ${status}`;
    lines.set(e.pupilId, [...(lines.get(e.pupilId) ?? []), line]);
  }
  return new Map([...lines].map(([id, l]) => [id, l.join('\n')]));
}
