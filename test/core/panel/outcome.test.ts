// An action's outcome as the panel reports it.
import { describe, expect, it } from 'vitest';
import { actionOutcome } from '../../../core/panel/index.js';
import { emptyReport } from '../../../core/report.js';

describe('actionOutcome', () => {
  it('counts what the report read and copies its diagnostics', () => {
    const report = emptyReport();
    report.pupils.push({ name: 'Ava', upn: null, year: 4, group: null, sen: null, pp: null, eal: null });
    report.diagnostics.push({
      sheet: 'S',
      cell: 'B2',
      code: 'UNKNOWN_GRADE',
      message: 'm',
      hint: 'h',
      severity: 'warning',
    });
    const o = actionOutcome(
      'structure',
      report,
      { sheetsWritten: ['Provision Map', 'Scales'], cellsWritten: 40 },
      'Provision Map',
    );
    expect(o).toEqual({
      action: 'structure',
      sheetsWritten: ['Provision Map', 'Scales'],
      cellsWritten: 40,
      activeSheet: 'Provision Map',
      counts: { pupils: 1, interventions: 0, enrolments: 0, tracking: 0 },
      diagnostics: [report.diagnostics[0]],
    });
    expect(o.diagnostics[0]).not.toBe(report.diagnostics[0]);
  });
});
