// Reads a class list exported from a school MIS (or provmap's own Pupils sheet) into pupils.

import type { ClassList } from '../model/types.js';
import type { ImportContext } from './context.js';
import { forEachNamedPupilRow, PupilBook } from './pupil-row.js';

/** One pupil per row; a row naming a pupil already read is reported and left out. */
export function importClassList(ctx: ImportContext): ClassList {
  const pupils = new PupilBook();
  const firstSeen = new Map<string, string>();
  const missing = {
    message: (row: number) => `Row ${row + 1} has pupil details but no name, so it was not read.`,
    hint: 'Write the pupil’s name (or forename and surname) in this row.',
  };
  forEachNamedPupilRow(ctx, missing, (_row, name, pupil) => {
    const first = firstSeen.get(pupil.id);
    if (first !== undefined) {
      ctx.report(
        'warning',
        name.cell,
        'DUPLICATE_PUPIL',
        `${name.name} appears again (first at ${first}); this row was not read.`,
        'Remove the repeated row, or add each pupil’s UPN so two children with one name are kept apart.',
      );
      return;
    }
    firstSeen.set(pupil.id, name.cell);
    pupils.add(pupil);
  });
  return { pupils: pupils.list() };
}
