// The shared host contract: every WorkbookHost (xlsx files, Apps Script, Excel) must pass these tests.
// Host-neutral: it speaks only WorkbookHost and HostHarness, and reads results through `observe()`.

import { describe, expect, it } from 'vitest';
import { ProvmapError } from '../../core/errors.js';
import { parseA1Range, a1 } from '../../core/grid.js';
import type { CellValue, Grid } from '../../core/grid.js';
import type { PlanValue, SheetPlan, WorkbookPlan } from '../../core/plan/types.js';
import type { HarnessFactory, HostHarness, ObservedSheet, ObservedWorkbook, StoredCell } from './harness.js';
import { TEACHER_SHEET, RISKY_VALUES, contractPlan, riskyPlan } from '../support/contract-plan.js';

/** Ranges and sources compared without '$', quotes or a leading '='. */
function normRef(ref: string): string {
  return ref.replace(/^=/, '').replace(/\$/g, '').replace(/'/g, '').trim().toUpperCase();
}

/** Formulas compared without '=', whitespace or case (hosts may respell `if` as `IF`). */
function normFormula(f: string): string {
  return f.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
}

function sheetOf(wb: ObservedWorkbook, name: string): ObservedSheet {
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`Sheet "${name}" not found; have ${wb.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

function storedAt(sheet: ObservedSheet, row: number, col: number): StoredCell {
  return sheet.cells[row]?.[col] ?? null;
}

/** What a planned value must look like in storage. */
function expectedStored(v: PlanValue): StoredCell {
  if (v === null || v === '') return null;
  if (typeof v === 'object') return 'formula' in v ? { formula: normFormula(v.formula) } : v.date;
  return v;
}

function normStored(c: StoredCell): StoredCell {
  if (c !== null && typeof c === 'object') return { formula: normFormula(c.formula) };
  return c === '' ? null : c;
}

/** Every cell of the planned sheet is stored with its type: text as text, formulas as formulas. */
function expectCells(observed: ObservedSheet, plan: SheetPlan): void {
  plan.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const got = normStored(storedAt(observed, r, c));
      expect(got, `${plan.name}!${a1(r, c)}`).toEqual(expectedStored(v));
    }),
  );
}

function cellsIn(range: string): string[] {
  const { top, left, bottom, right } = parseA1Range(range);
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) out.push(a1(r, c));
  return out;
}

/** Trims trailing blank cells and rows so grids of different extents compare equal. */
function trimValues(values: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = values.map((row) => {
    const out = row.map((v) => (v === '' ? null : v));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected a ProvmapError ${code}`).toBeInstanceOf(ProvmapError);
  expect((err as ProvmapError).code).toBe(code);
}

async function apply(h: HostHarness, plan: WorkbookPlan) {
  return await h.host.applyPlan(plan);
}

/** provmap's columns on the contract's Provision Map (A:K); a teacher's column L follows them. */
const OWNED = 11;

/**
 * The contract plan with `pupils` rows and a teacher's column L holding `column` (row index -> value), as
 * core carries a column a person added: header in the header row, values after provmap's, the header
 * style across it, a default width, and nothing else.
 */
function withTeacherColumn(pupils: number, column: ReadonlyMap<number, string>): WorkbookPlan {
  const plan = contractPlan(pupils);
  const map = plan.sheets[1]!;
  const sheet: SheetPlan = {
    ...map,
    values: map.values.map((row, r) => [...row, column.get(r) ?? null]),
    columnWidths: [...map.columnWidths, 120],
    styles: map.styles.map((st) => (st.range === 'A1:K1' ? { ...st, range: 'A1:L1' } : st)),
  };
  return { ...plan, sheets: [plan.sheets[0]!, sheet] };
}

/** Stored cells trimmed of trailing blanks, so sheets of different extents compare equal. */
function trimStored(rows: readonly (readonly StoredCell[])[]): StoredCell[][] {
  const out = rows.map((row) => {
    const r = row.map(normStored);
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** What of an observed sheet lies in its first `owned` columns: all that provmap writes there. */
function ownedPart(s: ObservedSheet, owned: number) {
  const inside = (range: string) => parseA1Range(range).right < owned;
  const pick = (record: Record<string, string> | undefined) =>
    Object.fromEntries(Object.entries(record ?? {}).filter(([cell]) => inside(cell)));
  const byRange = (a: { range: string }, b: { range: string }) => a.range.localeCompare(b.range);
  return {
    cells: trimStored(s.cells.map((row) => row.slice(0, owned))),
    frozenRows: s.frozenRows,
    validations: s.validations.filter((v) => inside(v.range)).sort(byRange),
    conditionalFormats: s.conditionalFormats.filter((c) => inside(c.range)),
    protections: s.protections.filter(inside).sort(),
    numberFormats: pick(s.numberFormats),
    notes: pick(s.notes),
    fills: pick(s.fills),
  };
}

/**
 * Registers the contract suite for one host. `create` builds a fresh harness over the given sheets; the
 * suite always starts from the teacher sheet in `TEACHER_SHEET`.
 */
export function describeHostContract(name: string, create: HarnessFactory): void {
  const fresh = () => create([TEACHER_SHEET]);

  describe(`host contract: ${name}`, () => {
    it('lists and reads the teacher sheet whole, with its merged title', async () => {
      const h = await fresh();
      const sheets = await h.host.listSheets();
      expect(sheets.map((s) => s.name)).toEqual([TEACHER_SHEET.name]);
      expect(sheets[0]).toMatchObject({ rows: TEACHER_SHEET.values.length, columns: 5, hidden: false });
      const [grid] = (await h.host.readGrids([TEACHER_SHEET.name])) as Grid[];
      expect(grid!.sheet).toBe(TEACHER_SHEET.name);
      expect(trimValues(grid!.values)).toEqual(trimValues(TEACHER_SHEET.values));
      expect(grid!.merges).toEqual(TEACHER_SHEET.merges);
    });

    it('refuses to read a sheet that does not exist, with SHEET_NOT_FOUND', async () => {
      const h = await fresh();
      await rejectsWith(
        Promise.resolve().then(() => h.host.readGrids(['No such sheet'])),
        'SHEET_NOT_FOUND',
      );
    });

    it('writes values, formulas, dates, formats, validation, conditional formats, names, notes, protection', async () => {
      const h = await fresh();
      const plan = contractPlan(8);
      const result = await apply(h, plan);
      expect(result.sheetsWritten).toEqual(['Scales', 'Provision Map']);
      expect(result.cellsWritten).toBeGreaterThan(0);
      const wb = await h.observe();
      // New owned sheets go after the teacher's sheets, in plan order.
      expect(wb.sheets.map((s) => s.name)).toEqual([TEACHER_SHEET.name, 'Scales', 'Provision Map']);
      for (const sheetPlan of plan.sheets) {
        const observed = sheetOf(wb, sheetPlan.name);
        expectCells(observed, sheetPlan);
        expect(observed.frozenRows).toBe(sheetPlan.frozenRows);
        for (const nf of sheetPlan.numberFormats)
          for (const cell of cellsIn(nf.range))
            expect(observed.numberFormats[cell], `${sheetPlan.name}!${cell}`).toBe(nf.format);
        for (const note of sheetPlan.notes) expect(observed.notes[note.cell]).toBe(note.text);
        expect(observed.protections.map(normRef).sort()).toEqual(
          sheetPlan.protections.map((p) => normRef(p.range)).sort(),
        );
      }
      const map = sheetOf(wb, 'Provision Map');
      const mapPlan = plan.sheets[1]!;
      const named = plan.namedRanges[0]!;
      const namedTarget = normRef(`${named.sheet}!${named.range}`);
      expect(map.validations).toHaveLength(mapPlan.validations.length);
      for (const v of mapPlan.validations) {
        const got = map.validations.filter((o) => normRef(o.range) === normRef(v.range));
        expect(got, `validation on ${v.range}`).toHaveLength(1);
        expect(got[0]!.kind).toBe(v.rule.kind);
        if (v.rule.kind === 'list-from-range')
          expect([normRef(v.rule.source), namedTarget]).toContain(normRef(got[0]!.source ?? ''));
        if (v.rule.kind === 'list') expect(got[0]!.values).toEqual(v.rule.values);
      }
      expect(map.conditionalFormats).toHaveLength(mapPlan.conditionalFormats.length);
      for (const cf of mapPlan.conditionalFormats) {
        const cond = cf.rule.kind === 'text-equals' ? cf.rule.text : normFormula(cf.rule.formula);
        const got = map.conditionalFormats.filter(
          (o) =>
            normRef(o.range) === normRef(cf.range) &&
            o.kind === cf.rule.kind &&
            (o.kind === 'formula' ? normFormula(o.condition) : o.condition) === cond,
        );
        expect(got, `conditional format ${cf.rule.kind} ${cond} on ${cf.range}`).toHaveLength(1);
        expect(got[0]!.fill).toBe(cf.style.fill.toUpperCase());
      }
      const names = wb.namedRanges.map((n) => ({ name: n.name, sheet: n.sheet, range: normRef(n.range) }));
      expect(names).toContainEqual({ name: named.name, sheet: named.sheet, range: normRef(named.range) });
    });

    it('leaves the teacher sheet exactly as it was', async () => {
      const h = await fresh();
      const before = sheetOf(await h.observe(), TEACHER_SHEET.name);
      await apply(h, contractPlan(8));
      await apply(h, riskyPlan());
      expect(sheetOf(await h.observe(), TEACHER_SHEET.name)).toEqual(before);
      const [grid] = (await h.host.readGrids([TEACHER_SHEET.name])) as Grid[];
      expect(trimValues(grid!.values)).toEqual(trimValues(TEACHER_SHEET.values));
    });

    it('writes formula-looking and risky text as text, and the number -3 as a number', async () => {
      const h = await fresh();
      await apply(h, riskyPlan());
      const pupils = sheetOf(await h.observe(), 'Pupils');
      RISKY_VALUES.forEach((v, i) => {
        const stored = storedAt(pupils, i + 1, 0);
        expect(typeof stored, `A${i + 2} ${JSON.stringify(v)}`).toBe(typeof v);
        expect(stored).toEqual(v);
      });
      const [grid] = (await h.host.readGrids(['Pupils'])) as Grid[];
      RISKY_VALUES.forEach((v, i) => expect(grid!.values[i + 1]?.[0], `read back A${i + 2}`).toEqual(v));
    });

    it('keeps 32,000-character text whole; 50,000 characters land whole or are refused before writing', async () => {
      const h = await fresh();
      const long32 = 'x'.repeat(31_999) + 'y';
      await apply(h, riskyPlan([long32]));
      expect(storedAt(sheetOf(await h.observe(), 'Pupils'), RISKY_VALUES.length + 1, 0)).toBe(long32);
      const before = await h.observe();
      const long50 = 'z'.repeat(49_999) + 'q';
      const err = await Promise.resolve()
        .then(() => h.host.applyPlan(riskyPlan([long50])))
        .then(
          () => null,
          (e: unknown) => e,
        );
      if (err === null) {
        expect(storedAt(sheetOf(await h.observe(), 'Pupils'), RISKY_VALUES.length + 1, 0)).toBe(long50);
      } else {
        expect(err).toBeInstanceOf(ProvmapError);
        expect(await h.observe()).toEqual(before);
      }
    });

    it('is idempotent: applying twice gives the same workbook, with no duplicated rules', async () => {
      const h = await fresh();
      await apply(h, contractPlan(8));
      const once = await h.observe();
      await apply(h, contractPlan(8));
      expect(await h.observe()).toEqual(once);
    });

    it("keeps the teacher's own conditional format rules on owned and teacher sheets", async () => {
      const h = await fresh();
      await apply(h, contractPlan(8));
      await h.addUserConditionalFormat('Provision Map', 'B2:B9', 'Numeracy', '#123456');
      await h.addUserConditionalFormat(TEACHER_SHEET.name, 'D4:D6', 'HLTA', '#654321');
      await apply(h, contractPlan(8));
      const wb = await h.observe();
      const mine = sheetOf(wb, 'Provision Map').conditionalFormats.filter((c) => c.fill === '#123456');
      expect(mine).toEqual([{ range: 'B2:B9', kind: 'text-equals', condition: 'Numeracy', fill: '#123456' }]);
      expect(sheetOf(wb, 'Provision Map').conditionalFormats).toHaveLength(
        contractPlan(8).sheets[1]!.conditionalFormats.length + 1,
      );
      expect(sheetOf(wb, TEACHER_SHEET.name).conditionalFormats).toEqual([
        { range: 'D4:D6', kind: 'text-equals', condition: 'HLTA', fill: '#654321' },
      ]);
    });

    it('keeps values the teacher typed on their own sheet, and replaces an owned sheet whole', async () => {
      const h = await fresh();
      await apply(h, contractPlan(8));
      await h.typeValue(TEACHER_SHEET.name, 'F4', 'typed by teacher');
      await h.typeValue('Provision Map', 'Z40', 'stray');
      await apply(h, contractPlan(3));
      const wb = await h.observe();
      expect(storedAt(sheetOf(wb, TEACHER_SHEET.name), 3, 5)).toBe('typed by teacher');
      const map = sheetOf(wb, 'Provision Map');
      expectCells(map, contractPlan(3).sheets[1]!);
      expect(map.cells.length).toBe(4);
      expect(Math.max(...map.cells.map((r) => r.length))).toBeLessThanOrEqual(11);
      expect(map.validations.every((v) => normRef(v.range).endsWith('4'))).toBe(true);
      expect(wb.sheets.map((s) => s.name)).toEqual([TEACHER_SHEET.name, 'Scales', 'Provision Map']);
    });

    it("keeps a teacher's own column on a re-run: its values, fills, notes and dropdowns; provmap's columns end as planned", async () => {
      const h = await fresh();
      await apply(h, contractPlan(8));
      // The teacher adds "Comments" right of provmap's columns and makes it their own.
      await h.typeValue('Provision Map', 'L1', 'Comments');
      await h.typeValue('Provision Map', 'L3', 'seen');
      const dropdown = ['seen', 'not seen'];
      await h.decorateCell('Provision Map', 'L3', {
        fill: '#FFF2CC',
        note: 'Ask mum at parents evening',
        listValues: dropdown,
      });
      // Below the rows the next run plans: the teacher's formatting stays even where provmap writes nothing.
      await h.decorateCell('Provision Map', 'L9', { fill: '#E2EFDA', listValues: dropdown });
      await h.decorateCell('Provision Map', 'L1', { note: 'My own column' });

      const plan = withTeacherColumn(
        5,
        new Map([
          [0, 'Comments'],
          [2, 'seen'],
        ]),
      );
      await apply(h, plan);
      const map = sheetOf(await h.observe(), 'Provision Map');
      expectCells(map, plan.sheets[1]!);
      expect(storedAt(map, 8, OWNED), 'nothing carried to L9, so nothing is there').toBeNull();
      expect(map.fills?.['L3']).toBe('#FFF2CC');
      expect(map.fills?.['L9']).toBe('#E2EFDA');
      expect(map.notes['L3']).toBe('Ask mum at parents evening');
      expect(map.notes['L1']).toBe('My own column');
      for (const cell of ['L3', 'L9'])
        expect(
          map.validations.filter((v) => normRef(v.range) === cell),
          `dropdown of ${cell}`,
        ).toEqual([{ range: cell, kind: 'list', values: dropdown }]);

      // provmap's own columns hold exactly what the same plan writes on a workbook made new.
      const made = await fresh();
      await apply(made, plan);
      const planned = sheetOf(await made.observe(), 'Provision Map');
      expect(Object.keys(ownedPart(planned, OWNED).fills).length).toBeGreaterThan(0);
      expect(ownedPart(map, OWNED)).toEqual(ownedPart(planned, OWNED));
      // The header style is planned across the teacher's header cell too, as on the new workbook.
      expect(map.fills?.['L1']).toBe(planned.fills?.['L1']);
    });

    it('reads back through the adapter the grid that was written (formula values aside)', async () => {
      const h = await fresh();
      const plan = contractPlan(6);
      await apply(h, plan);
      const names = plan.sheets.map((s) => s.name).reverse();
      const grids = (await h.host.readGrids(names)) as Grid[];
      expect(grids.map((g) => g.sheet)).toEqual(names);
      for (const sheetPlan of plan.sheets) {
        const grid = grids.find((g) => g.sheet === sheetPlan.name)!;
        sheetPlan.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const got = grid.values[r]?.[c] ?? null;
            const where = `${sheetPlan.name}!${a1(r, c)}`;
            if (v !== null && typeof v === 'object' && 'formula' in v) return;
            if (v !== null && typeof v === 'object') {
              expect(got, where).toBeInstanceOf(Date);
              expect((got as Date).toISOString().slice(0, 10), where).toBe(v.date);
            } else expect(got === '' ? null : got, where).toEqual(v === '' ? null : v);
          }),
        );
      }
    });

    it('writes in a constant number of round trips, whatever the number of pupils', async () => {
      const small = await fresh();
      const s0 = small.calls();
      await apply(small, contractPlan(5));
      const big = await fresh();
      const b0 = big.calls();
      await apply(big, contractPlan(200));
      expect(big.calls() - b0).toBe(small.calls() - s0);
    });

    it('leaves the workbook as it was when a write fails part way', async (ctx) => {
      const probe = await fresh();
      if (!probe.failAtCall) return ctx.skip();
      let failures = 0;
      for (let k = 1; k <= 50; k++) {
        const h = await fresh();
        await apply(h, contractPlan(4));
        await h.addUserConditionalFormat('Provision Map', 'A2:A5', 'Amy 1', '#ABCDEF');
        const before = await h.observe();
        h.failAtCall!(k);
        const failed = await Promise.resolve()
          .then(() => h.host.applyPlan(contractPlan(9)))
          .then(
            () => false,
            () => true,
          );
        h.failAtCall!(null);
        if (!failed) break;
        failures++;
        expect(await h.observe(), `failure at mutating call ${k}`).toEqual(before);
      }
      expect(failures).toBeGreaterThan(0);
    });
  });
}
