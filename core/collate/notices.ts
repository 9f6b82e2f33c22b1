// The diagnostics collation gives: conflicting details, ambiguous pupils, pupils listed twice.

import type { Diagnostics } from '../diagnostics.js';
import type { Pupil, SourceRef } from '../model/types.js';
import type { Conflict } from './merge.js';

/** One CONFLICTING_VALUE warning per detail two sheets disagree about. */
export function noteConflicts(
  diags: Diagnostics,
  at: SourceRef,
  name: string,
  conflicts: readonly Conflict[],
  against: string,
): void {
  for (const c of conflicts)
    diags.warn(
      at.sheet,
      at.cell,
      'CONFLICTING_VALUE',
      `${name}: ${c.field} is ${c.other} here but ${c.kept} in ${against}; ${c.kept} was kept.`,
      'Correct whichever sheet is wrong, then collate again.',
    );
}

/** AMBIGUOUS_PUPIL: a row that could be any of several pupils, kept apart from all of them. */
export function noteAmbiguous(
  diags: Diagnostics,
  at: SourceRef,
  row: Pupil,
  candidates: readonly Pupil[],
  within: string,
): void {
  const classes = [...new Set(candidates.map((c) => c.group ?? 'no class'))].join(', ');
  diags.warn(
    at.sheet,
    at.cell,
    'AMBIGUOUS_PUPIL',
    `"${row.name}" matches ${candidates.length} pupils in ${within} (${classes}); kept apart rather than guessed.`,
    'Add a UPN or class column (or the full name) so the right pupil can be matched.',
  );
}

/** DUPLICATE_PUPIL: another map already lists this pupil in this intervention on this scale. */
export function noteDuplicate(
  diags: Diagnostics,
  at: SourceRef,
  pupil: string,
  intervention: string,
  otherSource: string,
): void {
  diags.warn(
    at.sheet,
    at.cell,
    'DUPLICATE_PUPIL',
    `${pupil} is also listed for ${intervention} in ${otherSource}; both rows are kept.`,
    'If this is one place in one group, remove the row from one of the two maps.',
  );
}
