// Checks that an inspected .xlsx holds exactly the validation, conditional formats, names and notes a
// plan asked for, on the planned ranges.

import { expect } from 'vitest';
import type { WorkbookPlan } from '../../core/plan/types.js';
import { inspectedSheet } from './inspect-xlsx.js';
import type { InspectedWorkbook } from './inspect-xlsx.js';
import { observeSheet } from './xlsx-harness.js';

const norm = (r: string) => r.replace(/\$/g, '').toUpperCase();

/** Asserts the plan's rules are in the file where the plan put them (through openpyxl's reading). */
export function expectPlanRules(wb: InspectedWorkbook, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    const observed = observeSheet(inspectedSheet(wb, sheet.name));
    const validations = observed.validations.map((v) => `${norm(v.range)} ${v.kind}`).sort();
    expect(validations, `${sheet.name} validation`).toEqual(
      sheet.validations.map((v) => `${norm(v.range)} ${v.rule.kind}`).sort(),
    );
    const formats = observed.conditionalFormats.map((c) => `${norm(c.range)} ${c.kind} ${c.fill}`).sort();
    expect(formats, `${sheet.name} conditional formats`).toEqual(
      sheet.conditionalFormats
        .map((c) => `${norm(c.range)} ${c.rule.kind} ${c.style.fill.toUpperCase()}`)
        .sort(),
    );
    expect(observed.frozenRows, `${sheet.name} frozen rows`).toBe(sheet.frozenRows);
    for (const n of sheet.notes) expect(observed.notes[n.cell], `${sheet.name}!${n.cell} note`).toBe(n.text);
  }
  const names = wb.definedNames.flatMap((n) => n.destinations.map(([s, r]) => `${n.name} ${s}!${norm(r)}`));
  for (const n of plan.namedRanges) expect(names).toContain(`${n.name} ${n.sheet}!${norm(n.range)}`);
}
