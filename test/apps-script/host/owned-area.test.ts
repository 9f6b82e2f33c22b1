// Re-running keeps what a teacher added on provmap's own sheets: a column they added keeps its fill, notes,
// dropdown, merges, width and their own conditional format, while provmap's columns end exactly as planned
// and rows the plan no longer needs are cleared there. A failure at any call still leaves everything as it was.

import { describe, expect, it } from 'vitest';
import { panelDeps } from '../../../apps-script/panel.js';
import { a1 } from '../../../core/grid.js';
import { ownedColumns } from '../../../core/plan/owned-columns.js';
import type { WorkbookPlan } from '../../../core/plan/types.js';
import { createPanelServer, type PanelServer } from '../../../ui/server/index.js';
import type { InitialSheet } from '../../contract/harness.js';
import { createFakeGoogle, type FakeGoogle } from '../../fakes/spreadsheet-app/index.js';
import { TEACHER_SHEET, contractPlanWithComments } from '../../support/contract-plan.js';
import { hostOver, realTypes, servicesOver } from '../harness.js';
import { rawCells, rawSheet, rawWorkbook, sheetState } from '../support/raw-state.js';
import { seed } from '../../support/parity.js';

const SEED: InitialSheet = seed('seed-evaluated-map.grid.json');
const MAP = 'Provision Map';
const FILL = '#fff2cc';

/** The panel server over `f`, keeping every plan it applies in `plans`. */
function watchedServer(f: FakeGoogle, plans: WorkbookPlan[]): PanelServer {
  const deps = panelDeps(servicesOver(f));
  const host = deps.host;
  return createPanelServer({
    ...deps,
    host: { ...host, applyPlan: (plan) => (plans.push(plan), host.applyPlan(plan)) },
  });
}

/** A teacher's own dropdown over a range of the Provision Map. */
function dropdown(f: FakeGoogle, range: string): void {
  const { app, ss } = realTypes(f);
  const rule = app.newDataValidation().requireValueInList(['seen', 'not seen'], true).build();
  ss.getSheetByName(MAP)!.getRange(range).setDataValidation(rule);
}

type RawCell = { value: unknown; note: string; style: { background?: string }; validation: unknown };

describe('a column the teacher added to a sheet provmap wrote', () => {
  it('keeps its fill, notes, dropdown, width and rule on Re-evaluate; provmap’s columns end as planned', () => {
    const f = createFakeGoogle({ sheets: [SEED] });
    const plans: WorkbookPlan[] = [];
    watchedServer(f, plans).structure(SEED.name, { kind: 'provision' });
    const structured = plans.at(-1)!.sheets.find((s) => s.name === MAP)!;
    const width = ownedColumns(structured);
    const head = structured.frozenRows - 1;
    expect(structured.values[head]!.length, 'provmap owns every column it made').toBe(width);
    const col = (r: number) => a1(r, width);
    const [first, last] = [head + 1, head + 19];
    const column = `${col(first)}:${col(last)}`;

    // The teacher adds "Comments" right of provmap's columns, and makes it their own.
    f.typeValue(MAP, col(head), 'Comments');
    f.typeValue(MAP, col(first), 'needs glasses');
    f.typeValue(MAP, col(first + 2), 'seen by SALT');
    const sheet = realTypes(f).ss.getSheetByName(MAP)!;
    sheet.getRange(column).setBackground(FILL);
    sheet.getRange(col(first)).setNote('Ask mum at parents evening');
    sheet.getRange(col(head)).setNote('My own column');
    dropdown(f, column);
    sheet.setColumnWidth(width + 1, 240);
    f.addUserConditionalFormat(MAP, column, 'urgent', '#FF0000');

    watchedServer(f, plans).reevaluate();
    const plan = plans.at(-1)!;
    const mapPlan = plan.sheets.find((s) => s.name === MAP)!;
    // Core carried the teacher's column in the values, after provmap's own columns, which stay put.
    expect(mapPlan.values[head]![width]).toBe('Comments');
    expect(ownedColumns(mapPlan)).toBe(width);

    const s = sheetState(f, MAP);
    const cells = rawCells(s) as Record<string, RawCell>;
    const at = (r: number) => cells[`${r}:${width}`];
    expect(at(head)?.value).toBe('Comments');
    expect(at(first)?.value).toBe('needs glasses');
    expect(at(first + 2)?.value).toBe('seen by SALT');
    expect(at(first)?.note).toBe('Ask mum at parents evening');
    expect(at(head)?.note).toBe('My own column');
    for (let r = first; r <= last; r++) {
      expect(at(r)?.style.background, `fill of ${col(r)}`).toBe(FILL);
      expect(at(r)?.validation, `dropdown of ${col(r)}`).toMatchObject({
        args: [['seen', 'not seen'], true],
      });
    }
    expect(s.widths.get(width)).toBe(240);
    const rules = f.observe().sheets.find((x) => x.name === MAP)!.conditionalFormats;
    expect(rules).toContainEqual({
      range: column,
      kind: 'text-equals',
      condition: 'urgent',
      fill: '#FF0000',
    });

    // provmap's columns hold exactly what the same plan writes on a sheet made new.
    const fresh = createFakeGoogle({ sheets: [SEED] });
    hostOver(fresh).applyPlan(plan);
    const planned = sheetState(fresh, MAP);
    expect(Object.keys(rawCells(s, 0, width)).length).toBeGreaterThan(width * 10);
    expect(rawCells(s, 0, width)).toEqual(rawCells(planned, 0, width));
    const theirs = (r: { criteria: string; values: string[] }) => r.values[0] === 'urgent';
    expect(rawSheet(s).rules.filter((r) => !theirs(r))).toEqual(rawSheet(planned).rules);
    expect(rawSheet(s).protections).toEqual(rawSheet(planned).protections);
    expect(rawSheet(s).frozen).toEqual(rawSheet(planned).frozen);
    for (let c = 0; c < width; c++)
      expect(s.widths.get(c), `width of column ${c}`).toBe(planned.widths.get(c));
    // The header style is planned across the teacher's column too, and nothing else is.
    expect(at(head)?.style).toMatchObject({ bold: true, background: '#dce3ec' });
    expect(at(head)?.style).toEqual(
      (rawCells(planned) as Record<string, RawCell>)[`${head}:${width}`]?.style,
    );
  });
});

/** A workbook provmap wrote with 9 pupils, where the teacher made column L their own. */
function teacherWorkbook(): FakeGoogle {
  const f = createFakeGoogle({ sheets: [TEACHER_SHEET] });
  hostOver(f).applyPlan(contractPlanWithComments(9));
  const sheet = realTypes(f).ss.getSheetByName(MAP)!;
  sheet.getRange('L2:L10').setBackground(FILL);
  sheet.getRange('L3').setNote('Ask mum');
  dropdown(f, 'L2:L10');
  sheet.getRange('L8:L9').merge();
  // A merge from provmap's last column into the teacher's: it reaches into provmap's cells.
  sheet.getRange('K5:L5').merge();
  sheet.setColumnWidth(12, 300);
  f.addUserConditionalFormat(MAP, 'L2:L10', 'urgent', '#FF0000');
  return f;
}

describe('rewriting a sheet with a teacher’s column', () => {
  it('clears the rows it no longer needs in its own columns, and leaves the teacher’s column alone', () => {
    const f = teacherWorkbook();
    hostOver(f).applyPlan(contractPlanWithComments(4));
    const s = sheetState(f, MAP);
    const own = rawCells(s, 0, 11);
    const stale = Object.keys(own).filter((k) => Number(k.split(':')[0]) >= 5);
    expect(stale, 'nothing of provmap’s is left below its last row').toEqual([]);
    const fresh = createFakeGoogle({ sheets: [TEACHER_SHEET] });
    hostOver(fresh).applyPlan(contractPlanWithComments(4));
    expect(own).toEqual(rawCells(sheetState(fresh, MAP), 0, 11));

    const theirs = rawCells(s, 11, 12) as Record<string, RawCell>;
    for (let r = 1; r <= 9; r++) {
      expect(theirs[`${r}:11`]?.style.background, `fill of L${r + 1}`).toBe(FILL);
      expect(theirs[`${r}:11`]?.validation, `dropdown of L${r + 1}`).toBeTruthy();
    }
    expect(theirs['2:11']?.note).toBe('Ask mum');
    expect(theirs['3:11']?.value).toBe('note 3');
    expect(theirs['0:11']).toMatchObject({ value: 'Comments', style: { bold: true, background: '#ddebf7' } });
    expect(s.merges).toEqual([{ top: 7, left: 11, bottom: 8, right: 11 }]);
    expect(s.widths.get(11)).toBe(300);
    expect(f.observe().sheets.find((x) => x.name === MAP)!.conditionalFormats).toContainEqual({
      range: 'L2:L10',
      kind: 'text-equals',
      condition: 'urgent',
      fill: '#FF0000',
    });
  });

  it('makes the same calls for 30 pupils as for 300', () => {
    const counts = (pupils: number) => {
      const f = createFakeGoogle({ sheets: [TEACHER_SHEET] });
      hostOver(f).applyPlan(contractPlanWithComments(pupils));
      realTypes(f)
        .ss.getSheetByName(MAP)!
        .getRange(`L2:L${pupils + 1}`)
        .setBackground(FILL);
      const start = f.calls.records.length;
      hostOver(f).applyPlan(contractPlanWithComments(pupils));
      return f.calls.countsSince(start);
    };
    const small = counts(30);
    expect(counts(300)).toEqual(small);
    // The teacher's header cell is styled with range lists, so nothing else of theirs is touched.
    expect(small['RangeList.setBackground']).toBe(1);
  });

  it('leaves everything exactly as it was when any single call fails, at every call', () => {
    let k = 1;
    for (; ; k++) {
      const f = teacherWorkbook();
      const before = rawWorkbook(f);
      f.calls.failAtCall(k);
      let failed = false;
      try {
        hostOver(f).applyPlan(contractPlanWithComments(12));
      } catch {
        failed = true;
      }
      f.calls.failAtCall(null);
      if (!failed) break;
      expect(rawWorkbook(f), `failure at mutating call ${k}`).toEqual(before);
    }
    expect(k).toBeGreaterThan(40);
  });
});
