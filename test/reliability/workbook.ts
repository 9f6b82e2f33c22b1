// The small teacher workbook the host-level reliability tests start from, and helpers to read the Tracker
// the way a teacher sees it.

import { MESSY_TRACKER, SEED_PROVISION_MAP } from '../../core/examples/index.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import type { ActionRequest } from '../../bench/drive/index.js';
import { toInitialSheet } from '../../bench/drive/index.js';
import type { InitialSheet, ObservedSheet, ObservedWorkbook, StoredCell } from '../contract/harness.js';

/** A sheet that is the teacher's own: provmap must never change it. */
export const TEACHERS_OWN: InitialSheet = {
  name: 'My notes',
  values: [
    ['Things to remember', null],
    ['=not a formula', '+44 7700 900123'],
    ['Parents evening', 3],
  ],
};

/** The seed provision map, the messy tracker and the teacher's own notes. */
export function teacherWorkbook(): InitialSheet[] {
  return [toInitialSheet(MESSY_TRACKER), toInitialSheet(SEED_PROVISION_MAP), structuredClone(TEACHERS_OWN)];
}

/** Every action once, in the order a school would meet them. */
export const ACTIONS: readonly ActionRequest[] = [
  { action: 'structure', source: MESSY_TRACKER.sheet },
  { action: 'structure', source: SEED_PROVISION_MAP.sheet },
  { action: 'reevaluate' },
  { action: 'add-point', label: 'Summer 2' },
  { action: 'collate' },
  { action: 'summary' },
  { action: 'review' },
];

/** An action request in words, for test names and messages. */
export function describeRequest(r: ActionRequest): string {
  return [r.action, r.source, r.label].filter(Boolean).join(' ');
}

/** An observed sheet by name. */
export function sheetOf(wb: ObservedWorkbook, name: string): ObservedSheet | undefined {
  return wb.sheets.find((s) => s.name === name);
}

/** A stored cell as the text a teacher sees (formulas with their '='). */
export function text(c: StoredCell | undefined): string {
  if (c === null || c === undefined) return '';
  return typeof c === 'object' ? `=${c.formula}` : String(c);
}

/** The Tracker's header columns by name, and its data rows keyed by "pupil|subject". */
export function trackerIndex(
  wb: ObservedWorkbook,
): { cols: Map<string, number>; rows: Map<string, number> } | null {
  const sheet = sheetOf(wb, SHEET.tracker);
  if (!sheet) return null;
  const headerRow = sheet.cells.findIndex((r) => r.some((c) => c === 'Pupil'));
  if (headerRow < 0) return null;
  const cols = new Map<string, number>();
  sheet.cells[headerRow]!.forEach((c, i) => {
    if (typeof c === 'string' && !cols.has(c)) cols.set(c, i);
  });
  const rows = new Map<string, number>();
  const pupil = cols.get('Pupil')!;
  const subject = cols.get('Subject');
  for (let r = headerRow + 1; r < sheet.cells.length; r++) {
    const row = sheet.cells[r]!;
    const name = text(row[pupil]);
    if (name !== '') rows.set(`${name}|${subject === undefined ? '' : text(row[subject])}`, r);
  }
  return { cols, rows };
}
