// What an action wrote, what it read, and what the teacher should check, with links.

import type { ActionOutcome } from '../bridge.js';
import { plural } from '../../core/panel/format.js';
import { h } from './dom.js';
import { diagnosticsList } from './lists.js';
import type { Shell } from './shell.js';

const ACTION_WORD: Record<string, string> = {
  structure: 'Set up',
  reevaluate: 'Re-evaluated',
  'add-point': 'Assessment point added',
  collate: 'Collated',
  summary: 'Summary written',
  review: 'Review written',
};

/** A summary of one action's outcome. */
export function outcomeView(shell: Shell, outcome: ActionOutcome): HTMLElement {
  const c = outcome.counts;
  const read = [
    c.pupils ? plural(c.pupils, 'pupil') : null,
    c.interventions ? plural(c.interventions, 'intervention') : null,
    c.enrolments ? plural(c.enrolments, 'enrolment') : null,
    c.tracking ? plural(c.tracking, 'tracked subject') : null,
  ].filter((x): x is string => x !== null);
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
  const open = outcome.activeSheet;
  return h(
    'div',
    { class: 'outcome' },
    h('h3', { tabindex: -1, class: 'outcome-title' }, ACTION_WORD[outcome.action] ?? 'Done'),
    h(
      'p',
      undefined,
      outcome.sheetsWritten.length > 0
        ? `Wrote ${outcome.sheetsWritten.join(', ')}.`
        : 'Nothing needed writing.',
      read.length > 0 ? ` Read ${read.join(', ')}.` : null,
    ),
    outcome.diagnostics.length > 0
      ? h(
          'details',
          { class: 'group', open: errors > 0 },
          h(
            'summary',
            undefined,
            `${plural(outcome.diagnostics.length, 'thing')} to check${errors > 0 ? ` (${errors} to fix)` : ''}`,
          ),
          diagnosticsList(shell, outcome.diagnostics),
        )
      : null,
    open && shell.canLink(open)
      ? h(
          'button',
          { type: 'button', class: 'secondary', on: { click: () => void shell.goTo(open, 'A1') } },
          `Open ${open}`,
        )
      : null,
  );
}
