// Reads a provision map's rows: one row per intervention with line-separated lists of pupils, entry and
// exit data, or one row per pupil with the intervention merged (or left blank) down its rows.

import type { CellValue } from '../grid.js';
import type { Intervention, Pupil } from '../model/types.js';
import type { FieldId } from './columns.js';
import type { ImportContext, ValueRef } from './context.js';
import { InterventionBook } from './intervention-row.js';
import { namedPupil, PupilBook, readPupil } from './pupil-row.js';
import { cellLines, leadingBlankLines, oneLine, textOf } from './text.js';

/** A pupil named on a row: who, and where (the line within a list cell). */
export interface PupilRef {
  pupil: Pupil;
  cell: string;
  line: number | null;
}

/** A list cell: its address and its lines, blank lines inside the list kept in place. */
export interface ListCell {
  cell: string;
  values: ValueRef[];
}

/** One row of a provision map, read. */
export interface ProvisionRow {
  row: number;
  intervention: Intervention;
  /** Pupils by line; null where a line of the list is blank. */
  pupils: (PupilRef | null)[];
  entry: ListCell | null;
  exit: ListCell | null;
  /** The target cell as written, with its address. */
  target: { text: string; cell: string } | null;
  outcome: string | null;
  notes: string | null;
  /** A Scale column's text (provmap's own layout), with its address. */
  scale: { text: string; cell: string } | null;
}

export interface ProvisionRows {
  rows: ProvisionRow[];
  pupils: PupilBook;
  interventions: InterventionBook;
}

/** Reads every data row below the header. */
export function readProvisionRows(ctx: ImportContext): ProvisionRows {
  const rows: ProvisionRow[] = [];
  const pupils = new PupilBook();
  const interventions = new InterventionBook();
  let current: Intervention | null = null;
  for (let row = ctx.layout.headerRow + 1; row < ctx.view.rows; row++) {
    if (ctx.isBlankRow(row)) continue;
    const name = oneLine(ctx.text(row, 'intervention'));
    const hasPupils = ctx.text(row, 'pupil') !== '';
    let intervention: Intervention;
    if (name === '') {
      if (current === null || !hasPupils) {
        ctx.report(
          'warning',
          ctx.address(row, 'intervention'),
          'ROW_WITHOUT_INTERVENTION',
          `Row ${row + 1} names no intervention, so it was not read.`,
          'Write the intervention in this row, or merge its cell down over the rows of its pupils.',
        );
        continue;
      }
      intervention = current;
      ctx.report(
        'info',
        ctx.address(row, 'intervention'),
        'ROW_WITHOUT_INTERVENTION',
        `Row ${row + 1} names no intervention; it was read as part of "${current.name}" above.`,
        'Write the intervention in each row, or merge its cell down, to make this explicit.',
      );
    } else if (onlyIntervention(ctx, row)) {
      ctx.report(
        'info',
        ctx.address(row, 'intervention'),
        'IGNORED_CELL',
        `Row ${row + 1} has text only in the Intervention column ("${name}"); it was read as a heading or note.`,
        'Give the intervention its group size, schedule, staff or pupils to have it read.',
      );
      current = null;
      continue;
    } else {
      intervention = interventions.read(ctx, row, name);
      current = intervention;
    }
    rows.push(readRow(ctx, row, intervention, pupils));
  }
  return { rows, pupils, interventions };
}

function onlyIntervention(ctx: ImportContext, row: number): boolean {
  const col = ctx.col('intervention');
  if (col === undefined || ctx.view.isMergedContinuation(row, col)) return false;
  return Object.entries(ctx.layout.fields).every(
    ([id, c]) => id === 'intervention' || c === undefined || textOf(ctx.view.value(row, c)) === '',
  );
}

function readRow(ctx: ImportContext, row: number, intervention: Intervention, book: PupilBook): ProvisionRow {
  const names = listCell(ctx, row, 'pupil');
  const single = names !== null && names.values.filter((v) => v.value !== null).length === 1;
  const pupils = (names?.values ?? []).map((ref): PupilRef | null => {
    if (ref.value === null) return null;
    const nameRef = { name: textOf(ref.value), cell: ref.cell };
    // Details beside a name (UPN, SEN... in a School Map) belong to it only when the row names one pupil.
    const pupil = single ? readPupil(ctx, row, nameRef) : namedPupil(ctx, nameRef);
    book.add(pupil);
    return { pupil, cell: ref.cell, line: ref.line };
  });
  const targetText = ctx.text(row, 'target');
  const scaleText = oneLine(ctx.text(row, 'scale'));
  return {
    row,
    intervention,
    pupils,
    entry: listCell(ctx, row, 'entry'),
    exit: listCell(ctx, row, 'exit'),
    target: targetText === '' ? null : { text: targetText, cell: ctx.address(row, 'target') },
    outcome: textOrNull(ctx.text(row, 'outcome')),
    notes: textOrNull(ctx.text(row, 'targetNotes')),
    scale: scaleText === '' ? null : { text: scaleText, cell: ctx.address(row, 'scale') },
  };
}

function listCell(ctx: ImportContext, row: number, field: FieldId): ListCell | null {
  const v: CellValue = ctx.value(row, field);
  const read = cellLines(v);
  if (read.length === 0) return null;
  // A value list that starts with more blank lines than the pupils cell leaves its first pupils without a
  // value ("\n1c\n2c" beside "Amy\nJoe\nDan" is Joe 1c, Dan 2c): keep those lines as blanks so no value
  // moves up onto another pupil.
  const pad =
    field === 'pupil' ? 0 : Math.max(0, leadingBlankLines(v) - leadingBlankLines(ctx.value(row, 'pupil')));
  const first = read[0]!.line;
  const lines = [...Array.from({ length: pad }, (_, i) => ({ value: null, line: first - pad + i })), ...read];
  const cell = ctx.address(row, field);
  const many = lines.length > 1;
  return { cell, values: lines.map((l) => ({ value: l.value, cell, line: many ? l.line : null })) };
}

function textOrNull(text: string): string | null {
  return text === '' ? null : text;
}
