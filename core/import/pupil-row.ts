// Reads who a row is about: the pupil's name and the MIS details beside it (UPN, year, SEN, PP...).

import type { CellValue } from '../grid.js';
import type { Pupil } from '../model/types.js';
import type { FieldId } from './columns.js';
import type { ImportContext } from './context.js';
import { pupilKey } from './pupil-key.js';
import { parseDate, parseFlag, parseSenStatus, parseYearGroup } from './mis-values.js';
import { textOf } from './text.js';

/** A pupil's name as the row gives it, and the cell it came from. */
export interface NameRef {
  name: string;
  cell: string;
}

/**
 * The name on a row: a Name/Pupil column as written (trimmed), else Preferred Forename (or Forename) and
 * Surname. Null when the row names nobody.
 */
export function readPupilName(ctx: ImportContext, row: number): NameRef | null {
  const whole = ctx.text(row, 'pupil');
  if (whole !== '') return { name: whole, cell: ctx.address(row, 'pupil') };
  const preferred = ctx.text(row, 'preferredForename');
  const forename = preferred !== '' ? preferred : ctx.text(row, 'forename');
  const surname = ctx.text(row, 'surname');
  const name = [forename, surname].filter((t) => t !== '').join(' ');
  if (name === '') return null;
  const first: FieldId = preferred !== '' ? 'preferredForename' : forename !== '' ? 'forename' : 'surname';
  return { name, cell: ctx.address(row, first) };
}

/** The details a row gives about its pupil, each reported when it cannot be read. */
export function readPupil(ctx: ImportContext, row: number, name: NameRef): Pupil {
  const upnText = ctx.text(row, 'upn');
  const upn = upnText === '' ? null : upnText.toUpperCase();
  const gender = ctx.text(row, 'gender');
  const group = ctx.text(row, 'group');
  return {
    id: pupilKey(name.name, upn),
    name: name.name,
    upn,
    year: readField(ctx, row, 'year', parseYearGroup, {
      code: 'UNKNOWN_YEAR',
      what: 'a year group',
      hint: 'Write the year group as 3, "Year 3" or "Y3"; "R" for Reception, "N" for Nursery.',
    }),
    group: group === '' ? null : group,
    sen: readField(ctx, row, 'sen', parseSenStatus, {
      code: 'UNKNOWN_SEN_STATUS',
      what: 'an SEN status',
      hint: 'Write N (no SEN), K (SEN support) or E (EHC plan); "K - SEN Support" and "EHCP" are read too.',
    }),
    pp: readField(ctx, row, 'pp', parseFlag, FLAG_PROBLEM),
    eal: readField(ctx, row, 'eal', parseFlag, FLAG_PROBLEM),
    lookedAfter: readField(ctx, row, 'lookedAfter', parseFlag, FLAG_PROBLEM),
    gender: gender === '' ? null : gender,
    dateOfBirth: readField(ctx, row, 'dateOfBirth', parseDate, {
      code: 'UNKNOWN_DATE',
      what: 'a date',
      hint: 'Write the date as dd/mm/yyyy (day first) or yyyy-mm-dd.',
    }),
    source: { sheet: ctx.sheet, cell: name.cell },
  };
}

interface Problem {
  code: 'UNKNOWN_YEAR' | 'UNKNOWN_SEN_STATUS' | 'UNKNOWN_FLAG' | 'UNKNOWN_DATE';
  what: string;
  hint: string;
}

const FLAG_PROBLEM: Problem = {
  code: 'UNKNOWN_FLAG',
  what: 'yes or no',
  hint: 'Write Y or N (True/False, Yes/No and 1/0 are read too).',
};

function readField<T>(
  ctx: ImportContext,
  row: number,
  field: FieldId,
  parse: (v: CellValue) => T | null,
  problem: Problem,
): T | null {
  const col = ctx.col(field);
  if (col === undefined) return null;
  const v = ctx.valueAt(row, col);
  if (v === null || textOf(v) === '') return null;
  const parsed = parse(v);
  if (parsed === null) {
    const header = ctx.layout.headers.get(col) ?? field;
    ctx.report(
      'warning',
      ctx.view.address(row, col),
      problem.code,
      `"${textOf(v)}" in the ${header} column is not ${problem.what}.`,
      problem.hint,
    );
  }
  return parsed;
}

/** A pupil known only by name, as in a provision map's Pupils list. */
export function namedPupil(ctx: ImportContext, name: NameRef): Pupil {
  return {
    id: pupilKey(name.name, null),
    name: name.name,
    upn: null,
    year: null,
    group: null,
    sen: null,
    pp: null,
    eal: null,
    lookedAfter: null,
    gender: null,
    dateOfBirth: null,
    source: { sheet: ctx.sheet, cell: name.cell },
  };
}

/** Pupils by id in the order first met; a pupil met again keeps what was known and gains what was not. */
export class PupilBook {
  private readonly byId = new Map<string, Pupil>();

  /** Adds or merges a pupil; true when the id was new. */
  add(pupil: Pupil): boolean {
    const known = this.byId.get(pupil.id);
    if (!known) {
      this.byId.set(pupil.id, pupil);
      return true;
    }
    const fill = known as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(pupil)) if (fill[k] === null && v !== null) fill[k] = v;
    return false;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  list(): Pupil[] {
    return [...this.byId.values()];
  }
}

/** A data row that names a pupil: its index, the name as written and the pupil read from it. */
export interface NamedPupilRow {
  row: number;
  name: NameRef;
  pupil: Pupil;
}

/**
 * Each non-blank row under the header that names a pupil. A row with something in it but no name is
 * reported as MISSING_PUPIL_NAME (in the caller's words) and skipped.
 */
export function* namedPupilRows(
  ctx: ImportContext,
  missing: { message: (row: number) => string; hint: string },
): Generator<NamedPupilRow> {
  for (let row = ctx.layout.headerRow + 1; row < ctx.view.rows; row++) {
    if (ctx.isBlankRow(row)) continue;
    const name = readPupilName(ctx, row);
    if (name === null) {
      ctx.report(
        'warning',
        ctx.address(row, 'pupil'),
        'MISSING_PUPIL_NAME',
        missing.message(row),
        missing.hint,
      );
      continue;
    }
    yield { row, name, pupil: readPupil(ctx, row, name) };
  }
}
