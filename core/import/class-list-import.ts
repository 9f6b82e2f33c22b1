// Reads a class list exported from a school MIS (or provmap's own Pupils sheet) into pupils.

import type { ClassList } from '../model/types.js';
import type { ImportContext } from './context.js';
import { PupilBook, readPupil, readPupilName } from './pupil-row.js';

/** One pupil per row; a row naming a pupil already read is reported and left out. */
export function importClassList(ctx: ImportContext): ClassList {
  const pupils = new PupilBook();
  const firstSeen = new Map<string, string>();
  for (let row = ctx.layout.headerRow + 1; row < ctx.view.rows; row++) {
    if (ctx.isBlankRow(row)) continue;
    const name = readPupilName(ctx, row);
    if (name === null) {
      ctx.report(
        'warning',
        ctx.address(row, 'pupil'),
        'MISSING_PUPIL_NAME',
        `Row ${row + 1} has pupil details but no name, so it was not read.`,
        'Write the pupil’s name (or forename and surname) in this row.',
      );
      continue;
    }
    const pupil = readPupil(ctx, row, name);
    const first = firstSeen.get(pupil.id);
    if (first !== undefined) {
      ctx.report(
        'warning',
        name.cell,
        'DUPLICATE_PUPIL',
        `${name.name} appears again (first at ${first}); this row was not read.`,
        'Remove the repeated row, or add each pupil’s UPN so two children with one name are kept apart.',
      );
      continue;
    }
    firstSeen.set(pupil.id, name.cell);
    pupils.add(pupil);
  }
  return { pupils: pupils.list() };
}
