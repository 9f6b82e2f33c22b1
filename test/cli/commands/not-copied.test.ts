// The not-copied warnings read as sentences: one or several, a sheet or the whole workbook, a new file or
// the same file written again.

import { describe, expect, it } from 'vitest';
import { NOT_COPIED, notCopiedDiagnostics, withNotCopied } from '../../../cli/commands/not-copied.js';
import { emptyReport } from '../../../core/report.js';

const NEW_FILE = { input: 'class-3.xlsx', output: 'out/class-3-map.xlsx' };

describe('notCopiedDiagnostics', () => {
  it('names one object with its cell, several with the first cell, and says the teacher’s file is unchanged', () => {
    const [one, many] = notCopiedDiagnostics(
      [
        { kind: 'chart', sheet: 'Scores', cell: 'D2', count: 1 },
        { kind: 'shape', sheet: 'Class 3', cell: 'H3', count: 2 },
      ],
      NEW_FILE,
    );
    expect(one).toEqual({
      sheet: 'Scores',
      cell: 'D2',
      code: NOT_COPIED,
      severity: 'warning',
      message: 'The chart on sheet "Scores" at D2 is not copied into out/class-3-map.xlsx.',
      hint: 'provmap cannot copy charts. Your own file class-3.xlsx is unchanged and still has it.',
    });
    expect(many!.message).toBe(
      '2 shapes or text boxes on sheet "Class 3" (the first at H3) are not copied into out/class-3-map.xlsx.',
    );
    expect(many!.hint).toMatch(/still has them\.$/);
  });

  it('words the whole workbook’s macros and a chart sheet', () => {
    const [macros, chartSheet] = notCopiedDiagnostics(
      [
        { kind: 'macros', sheet: null, cell: null, count: 1 },
        { kind: 'chart sheet', sheet: 'Chart1', cell: null, count: 1 },
      ],
      { input: 'folder/tracker.xlsm', output: 'tracker.xlsx' },
    );
    expect(macros).toMatchObject({
      sheet: '',
      cell: '',
      message: 'The macros in tracker.xlsm are not copied into tracker.xlsx.',
    });
    expect(chartSheet!.message).toBe('The chart sheet "Chart1" is not copied into tracker.xlsx.');
  });

  it('says the content is gone when the same file was written again', () => {
    const [d] = notCopiedDiagnostics([{ kind: 'pivot table', sheet: 'Summary', cell: 'B3', count: 1 }], {
      input: 'school.xlsx',
      output: './school.xlsx',
    });
    expect(d!.message).toBe(
      'The pivot table on sheet "Summary" at B3 could not be kept: ./school.xlsx was written again without it.',
    );
    expect(d!.hint).toBe(
      'provmap cannot copy pivot tables. Keep pivot tables in a separate workbook that refers to this one.',
    );
  });
});

describe('withNotCopied', () => {
  it('puts the warnings before the report’s own diagnostics, and leaves a report alone when there are none', () => {
    const report = emptyReport();
    report.diagnostics.push({
      sheet: 'Class 3',
      cell: 'B2',
      code: 'UNKNOWN_GRADE',
      message: 'm',
      hint: 'h',
      severity: 'warning',
    });
    expect(withNotCopied(report, [], NEW_FILE)).toBe(report);
    const full = withNotCopied(report, [{ kind: 'chart', sheet: 'Scores', cell: null, count: 1 }], NEW_FILE);
    expect(full.diagnostics.map((d) => d.code)).toEqual([NOT_COPIED, 'UNKNOWN_GRADE']);
    expect(report.diagnostics.length).toBe(1);
  });
});
