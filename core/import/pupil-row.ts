// Reads who a row is about: the pupil's name and the MIS details beside it (UPN, year, SEN, PP...).

import type { CellValue } from '../grid.js';
import type { Pupil, SenStatus } from '../model/types.js';
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
    year: detailOf(ctx, row, YEAR),
    group: group === '' ? null : group,
    sen: detailOf(ctx, row, SEN),
    pp: detailOf(ctx, row, PP),
    eal: detailOf(ctx, row, EAL),
    lookedAfter: detailOf(ctx, row, LOOKED_AFTER),
    gender: gender === '' ? null : gender,
    dateOfBirth: detailOf(ctx, row, DATE_OF_BIRTH),
    source: { sheet: ctx.sheet, cell: name.cell },
  };
}

/** A pupil detail column: its field, how its values are read, and what to say when one is not. */
interface Detail<T> {
  field: FieldId;
  parse: (v: CellValue) => T | null;
  code: 'UNKNOWN_YEAR' | 'UNKNOWN_SEN_STATUS' | 'UNKNOWN_FLAG' | 'UNKNOWN_DATE';
  what: string;
  hint: string;
}

const YEAR: Detail<number> = {
  field: 'year',
  parse: parseYearGroup,
  code: 'UNKNOWN_YEAR',
  what: 'a year group',
  hint: 'Write the year group as 3, "Year 3" or "Y3"; "R" for Reception, "N" for Nursery.',
};

const SEN: Detail<SenStatus> = {
  field: 'sen',
  parse: parseSenStatus,
  code: 'UNKNOWN_SEN_STATUS',
  what: 'an SEN status',
  hint: 'Write N (no SEN), K (SEN support) or E (EHC plan); "K - SEN Support" and "EHCP" are read too.',
};

/** A yes/no column. */
function flag(field: FieldId): Detail<boolean> {
  return {
    field,
    parse: parseFlag,
    code: 'UNKNOWN_FLAG',
    what: 'yes or no',
    hint: 'Write Y or N (True/False, Yes/No and 1/0 are read too).',
  };
}

const PP = flag('pp');
const EAL = flag('eal');
const LOOKED_AFTER = flag('lookedAfter');

const DATE_OF_BIRTH: Detail<string> = {
  field: 'dateOfBirth',
  parse: parseDate,
  code: 'UNKNOWN_DATE',
  what: 'a date',
  hint: 'Write the date as dd/mm/yyyy (day first) or yyyy-mm-dd.',
};

function detailOf<T extends string | number | boolean>(
  ctx: ImportContext,
  row: number,
  detail: Detail<T>,
): T | null {
  const col = ctx.col(detail.field);
  if (col === undefined) return null;
  const v = ctx.valueAt(row, col);
  if (v === null || textOf(v) === '') return null;
  const parsed = ctx.readDetail(detail.parse, v);
  if (parsed === null) {
    const header = ctx.layout.headers.get(col) ?? detail.field;
    ctx.report(
      'warning',
      ctx.view.address(row, col),
      detail.code,
      `"${textOf(v)}" in the ${header} column is not ${detail.what}.`,
      detail.hint,
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

/**
 * Fills in what `known` lacks from another reading of the same pupil. Every field but the id and name
 * (which every reading has): readings come from readPupil or namedPupil, so they hold exactly these.
 */
function fillBlanks(known: Pupil, p: Pupil): void {
  if (known.upn === null && p.upn !== null) known.upn = p.upn;
  if (known.year === null && p.year !== null) known.year = p.year;
  if (known.group === null && p.group !== null) known.group = p.group;
  if (known.sen === null && p.sen !== null) known.sen = p.sen;
  if (known.pp === null && p.pp !== null) known.pp = p.pp;
  if (known.eal === null && p.eal !== null) known.eal = p.eal;
  if (known.lookedAfter === null && p.lookedAfter !== null) known.lookedAfter = p.lookedAfter;
  if (known.gender === null && p.gender !== null) known.gender = p.gender;
  if (known.dateOfBirth === null && p.dateOfBirth !== null) known.dateOfBirth = p.dateOfBirth;
  if (known.source === null && p.source !== null) known.source = p.source;
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
    fillBlanks(known, pupil);
    return false;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  list(): Pupil[] {
    return [...this.byId.values()];
  }
}

/**
 * Calls `visit` for each non-blank row under the header that names a pupil, in order, with the name as
 * written and the pupil read from it. A row with something in it but no name is reported as
 * MISSING_PUPIL_NAME (in the caller's words) and skipped.
 */
export function forEachNamedPupilRow(
  ctx: ImportContext,
  missing: { message: (row: number) => string; hint: string },
  visit: (row: number, name: NameRef, pupil: Pupil) => void,
): void {
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
    visit(row, name, readPupil(ctx, row, name));
  }
}
