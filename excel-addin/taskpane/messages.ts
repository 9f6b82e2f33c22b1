// Turns what happened into words for the task pane: results, diagnostics and error codes.

import { ProvmapError } from '../../core/errors.js';
import type { ActionRun } from '../actions/excel-actions.js';
import type { ApplyNotes } from '../host/excel-host.js';

/** One line of the outcome list. */
export interface Line {
  text: string;
  kind: 'done' | 'warning' | 'error';
}

/** Lines after an action succeeded. Pupil text is only ever shown as text (the pane uses textContent). */
export function outcomeLines(run: ActionRun, notes: ApplyNotes | null): Line[] {
  const lines: Line[] = [
    {
      kind: 'done',
      text: `Updated ${run.applied.sheetsWritten.join(', ')} (${run.applied.cellsWritten} cells).`,
    },
  ];
  if (notes && !notes.undoGrouped)
    lines.push({ kind: 'warning', text: 'This version of Excel records the changes as several undo steps.' });
  for (const w of notes?.warnings ?? []) lines.push({ kind: 'warning', text: w });
  for (const d of run.report.diagnostics.slice(0, 50))
    lines.push({
      kind: d.severity === 'error' ? 'error' : 'warning',
      text: `${d.sheet}!${d.cell}: ${d.message} ${d.hint}`,
    });
  if (run.report.diagnostics.length > 50)
    lines.push({ kind: 'warning', text: `…and ${run.report.diagnostics.length - 50} more notes.` });
  return lines;
}

/** The words for a failure: provmap's own message for its errors, a plain one otherwise. */
export function errorLine(err: unknown): Line {
  if (err instanceof ProvmapError) return { kind: 'error', text: err.message };
  return {
    kind: 'error',
    text: `Something went wrong: ${err instanceof Error ? err.message : String(err)}. Your sheets were not changed.`,
  };
}
