// Lists of diagnostics and of pupils, each entry with a link that selects its cell.

import type { StatusItem } from '../../core/panel/index.js';
import type { DiagnosticReport } from '../../core/report.js';
import { h, replace, type Child } from './dom.js';
import type { Shell } from './shell.js';

const SEVERITY_WORD: Record<string, string> = { error: 'Fix', warning: 'Check', info: 'Note' };

/**
 * A button that selects a cell, or plain text when the sheet is not in this workbook. `short` leaves the
 * sheet name out of the visible text (lists of one sheet); the accessible name always has it.
 */
export function cellLink(
  shell: Shell,
  sheet: string,
  cell: string | null,
  about: string,
  short = false,
): Child {
  const place = cell ? `${sheet}, ${cell}` : sheet;
  if (!cell || !shell.canLink(sheet)) return h('span', { class: 'cell-ref' }, place);
  // The accessible name starts with the visible text (WCAG 2.5.3), then says where and about what.
  const where = short ? `Go to ${cell}` : `Go to ${place}`;
  return h(
    'button',
    {
      type: 'button',
      class: 'link cell-ref',
      'aria-label': short ? `${where} on ${sheet}: ${about}` : `${where}: ${about}`,
      on: { click: () => void shell.goTo(sheet, cell) },
    },
    where,
  );
}

/** Shows the first `limit` entries and a button for the rest. */
function capped<T>(items: readonly T[], limit: number, render: (item: T) => HTMLElement): HTMLElement {
  const list = h('ul', { class: 'items' });
  const show = (n: number): void => {
    replace(list, ...items.slice(0, n).map(render));
    if (items.length > n) {
      const more = h(
        'button',
        {
          type: 'button',
          class: 'link',
          on: {
            click: () => {
              show(items.length);
              list
                .querySelector<HTMLElement>(`li:nth-child(${n + 1}) button, li:nth-child(${n + 1})`)
                ?.focus();
            },
          },
        },
        `Show all ${items.length}`,
      );
      list.append(h('li', { class: 'more' }, more));
    }
  };
  show(limit);
  return list;
}

/** Diagnostics: what is wrong, where (a link to the cell) and how to fix it. Text goes in as text. */
export function diagnosticsList(shell: Shell, items: readonly DiagnosticReport[], limit = 20): HTMLElement {
  if (items.length === 0) return h('p', { class: 'muted' }, 'Nothing to fix.');
  return capped(items, limit, (d) =>
    h(
      'li',
      { class: `diag diag-${d.severity}`, tabindex: -1 },
      h(
        'div',
        { class: 'diag-head' },
        h('span', { class: `badge badge-${d.severity}` }, SEVERITY_WORD[d.severity] ?? d.severity),
        ' ',
        cellLink(shell, d.sheet, d.cell || null, d.message),
      ),
      h('p', { class: 'diag-message' }, d.message),
      d.hint ? h('p', { class: 'diag-hint' }, d.hint) : null,
    ),
  );
}

/** Pupils the teacher should look at, each linking to their row. */
export function pupilList(shell: Shell, items: readonly StatusItem[], limit = 12): HTMLElement {
  return capped(items, limit, (item) =>
    h(
      'li',
      { class: 'pupil', tabindex: -1 },
      h('span', { class: 'pupil-name' }, item.pupil),
      h('span', { class: 'pupil-detail' }, item.detail),
      cellLink(shell, item.sheet, item.cell, item.pupil, true),
    ),
  );
}
