// The Interventions sheet is where the audit lives: its typed values override what the map rows said.

import { interventionKey, parseAreaOfNeed, parseDate, parseRatio } from '../import/index.js';
import { cellText } from '../grid.js';
import type { Intervention, ProvisionMap } from '../model/types.js';
import { cellOf } from '../plan/enrolment-columns.js';
import { INTERVENTION_COL } from '../plan/interventions-sheet.js';
import type { TableRow } from '../plan/table.js';
import type { PlanValue } from '../plan/types.js';

/** A number only when the cell holds one: the sheet's formulas ignore text that looks like a number. */
function numberIn(v: PlanValue | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function dateIn(v: PlanValue | undefined): string | null {
  if (v && typeof v === 'object' && 'date' in v) return v.date;
  return parseDate(cellOf(v));
}

function blankIntervention(id: string, name: string): Intervention {
  return {
    id,
    name,
    area: null,
    groupSize: null,
    schedule: { text: '', sessionsPerWeek: null, minutesPerSession: null, weeks: null, note: null },
    staff: null,
    costPerHour: null,
    start: null,
    end: null,
    source: null,
  };
}

/**
 * The map with each intervention's audit taken from the Interventions sheet rows: sessions, minutes,
 * weeks and cost per hour exactly as the sheet's formulas see them (blank or text is unknown), other
 * details where the sheet gives them. Interventions only the sheet lists are added, with no pupils.
 */
export function applyInterventionRows(map: ProvisionMap, rows: readonly TableRow[]): ProvisionMap {
  const C = INTERVENTION_COL;
  const interventions = [...map.interventions];
  const index = new Map(interventions.map((i, n) => [i.id, n]));
  for (const row of rows) {
    const v = row.values;
    const name = cellText(cellOf(v[C.intervention]));
    if (name === '') continue;
    const id = interventionKey(name);
    const at = index.get(id);
    const base = at === undefined ? blankIntervention(id, name) : interventions[at]!;
    const area = parseAreaOfNeed(cellText(cellOf(v[C.area])));
    const scheduleText = cellText(cellOf(v[C.schedule]));
    const staff = cellText(cellOf(v[C.staff]));
    const next: Intervention = {
      ...base,
      area: area.kind === 'area' ? area.area : base.area,
      groupSize: parseRatio(cellOf(v[C.groupSize])) ?? base.groupSize,
      schedule: {
        ...base.schedule,
        text: scheduleText || base.schedule.text,
        sessionsPerWeek: numberIn(v[C.sessions]),
        minutesPerSession: numberIn(v[C.minutes]),
        weeks: numberIn(v[C.weeks]),
      },
      staff: staff || base.staff,
      costPerHour: numberIn(v[C.costPerHour]),
      start: dateIn(v[C.start]),
      end: dateIn(v[C.end]),
    };
    if (at === undefined) {
      index.set(id, interventions.length);
      interventions.push(next);
    } else interventions[at] = next;
  }
  return { ...map, interventions };
}
