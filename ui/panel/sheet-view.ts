// The teacher's tab: the current sheet at a glance, set up from it, add a point, re-evaluate, review.

import type { ActionOutcome } from '../bridge.js';
import type { SheetStatus, StatusItem } from '../../core/panel/index.js';
import { plural } from '../../core/panel/format.js';
import { h, replace, uid } from './dom.js';
import { diagnosticsList, pupilList } from './lists.js';
import { KIND_LABEL } from './messages.js';
import { outcomeView } from './outcome.js';
import { createSetupView } from './setup-view.js';
import type { Shell } from './shell.js';

interface Figure {
  key: string;
  label: string;
  count: number;
  items: StatusItem[];
  /** Shown as a warning (with the word "to act on") when the count is above zero. */
  alert: boolean;
}

function figures(status: SheetStatus): Figure[] {
  const f: Figure[] = [];
  if (status.kind === 'tracking') {
    f.push({
      key: 'off',
      label: 'Off track',
      count: status.counts.offTrack,
      items: status.offTrack,
      alert: true,
    });
    f.push({
      key: 'behind',
      label: 'Slightly behind',
      count: status.counts.slightlyBehind,
      items: status.slightlyBehind,
      alert: true,
    });
  }
  if (status.kind === 'provision') {
    f.push({
      key: 'off',
      label: 'Targets not met',
      count: status.counts.offTrack,
      items: status.offTrack,
      alert: true,
    });
    f.push({
      key: 'exit',
      label: 'No exit data yet',
      count: status.counts.withoutExit,
      items: status.withoutExit,
      alert: false,
    });
    f.push({
      key: 'target',
      label: 'Targets not measurable',
      count: status.counts.unmeasurableTargets,
      items: status.unmeasurable,
      alert: true,
    });
  }
  return f;
}

function statusView(shell: Shell, status: SheetStatus): HTMLElement {
  const headingId = uid('status');
  const figs = figures(status);
  const tiles = h(
    'ul',
    { class: 'figures-list', 'aria-labelledby': headingId },
    ...figs.map((f) =>
      h(
        'li',
        { class: `figure-row${f.alert && f.count > 0 ? ' figure-alert' : ''}` },
        h('span', { class: 'figure-value' }, String(f.count)),
        h('span', { class: 'figure-label' }, f.label),
        f.alert && f.count > 0 ? h('span', { class: 'tile-flag' }, 'to act on') : null,
      ),
    ),
  );
  const lists = figs
    .filter((f) => f.items.length > 0)
    .map((f) =>
      h(
        'details',
        { class: 'group' },
        h('summary', undefined, `${f.label} (${f.items.length})`),
        pupilList(shell, f.items),
      ),
    );
  const diagnostics =
    status.diagnostics.length > 0
      ? h(
          'details',
          { class: 'group' },
          h('summary', undefined, `${plural(status.diagnostics.length, 'thing')} to check`),
          diagnosticsList(shell, status.diagnostics),
        )
      : null;
  const kind = KIND_LABEL[status.kind] ?? status.kind;
  return h(
    'div',
    { class: 'status' },
    h(
      'p',
      { id: headingId, class: 'status-kind' },
      h('strong', undefined, kind),
      status.kind === 'none' ? null : ` · ${plural(status.pupils, 'pupil')}`,
      status.owned ? ' · set up by provmap' : null,
    ),
    status.title ? h('p', { class: 'muted status-title' }, status.title) : null,
    status.kind === 'none'
      ? h('p', { class: 'muted' }, 'Open a provision map, tracker or class list, then press Refresh.')
      : null,
    figs.length > 0 ? tiles : null,
    ...lists,
    diagnostics,
  );
}

/**
 * What a host's own buttons can ask of the teacher's tab: Excel's ribbon commands, like the Google Sheets
 * menu, run an action on the active sheet without the preview.
 */
export type SheetCommand =
  'structure-provision' | 'structure-tracking' | 'add-point' | 'reevaluate' | 'review';

/** The teacher's tab: its element, a refresh, and the commands a host's buttons run. */
export interface SheetView {
  element: HTMLElement;
  refresh(): Promise<void>;
  /** Runs a command as its panel button would, and shows the outcome in the tab. */
  command(command: SheetCommand): Promise<void>;
}

/** The teacher's tab. */
export function createSheetView(shell: Shell): SheetView {
  const title = h('h2', { class: 'sheet-name' }, 'This sheet');
  const statusArea = h('div', { class: 'status-area' });
  const outcomeArea = h('div', { class: 'outcome-area' });
  const main = h('div');
  const setupArea = h('div', { hidden: true });

  const refreshButton = h('button', { type: 'button', class: 'secondary' }, 'Refresh');
  const setupButton = h('button', { type: 'button', class: 'primary' }, 'Set up from this sheet…');
  const labelId = uid('point');
  const pointLabel = h('input', {
    id: labelId,
    type: 'text',
    class: 'short',
    placeholder: 'blank for the next one',
    autocomplete: 'off',
    maxlength: 40,
  });
  const pointButton = h('button', { type: 'button', class: 'secondary' }, 'Add point');
  const reevaluateButton = h('button', { type: 'button', class: 'secondary' }, 'Re-evaluate');
  const reviewButton = h('button', { type: 'button', class: 'secondary' }, 'Pupil progress review');

  const showOutcome = async (outcome: ActionOutcome | null, what: string): Promise<void> => {
    if (!outcome) return;
    replace(outcomeArea, outcomeView(shell, outcome));
    shell.announce(`${what}: wrote ${outcome.sheetsWritten.join(', ') || 'nothing'}.`);
    await refresh(outcome.activeSheet);
    // Focus moves to what happened, so keyboard and screen reader users land on the result.
    outcomeArea.querySelector<HTMLElement>('.outcome-title')?.focus();
  };

  const refresh = async (sheet?: string | null): Promise<void> => {
    const ctx = await shell.refreshContext();
    const name = sheet ?? ctx?.activeSheet ?? null;
    title.textContent = name ?? 'This sheet';
    if (!name) {
      replace(statusArea, h('p', { class: 'muted' }, 'Select a sheet, then press Refresh.'));
      return;
    }
    const status = await shell.run(() => shell.bridge.getSheetStatus(name), refreshButton);
    if (status) replace(statusArea, statusView(shell, status));
  };

  const setup = createSetupView(shell, {
    done: async (outcome) => {
      setupArea.hidden = true;
      main.hidden = false;
      await showOutcome(outcome, 'Set up');
    },
    cancel: () => {
      setupArea.hidden = true;
      main.hidden = false;
      setupButton.focus();
    },
  });
  setupArea.append(setup.element);

  refreshButton.addEventListener('click', () => void refresh());
  setupButton.addEventListener('click', () => {
    const sheet = shell.context()?.activeSheet;
    if (!sheet) return shell.announce('Select the sheet to set up first, then press Refresh.');
    main.hidden = true;
    setupArea.hidden = false;
    void setup.open(sheet);
  });
  const addPoint = async (): Promise<void> => {
    const label = pointLabel.value.trim() || null;
    const o = await shell.run(() => shell.bridge.addAssessmentPoint(label), pointButton, 'Adding a point…');
    if (o) pointLabel.value = '';
    await showOutcome(o, 'Assessment point added');
  };
  const reevaluate = async (): Promise<void> => {
    const o = await shell.run(() => shell.bridge.reevaluate(), reevaluateButton, 'Re-evaluating…');
    await showOutcome(o, 'Re-evaluated');
  };
  const review = async (): Promise<void> => {
    const o = await shell.run(() => shell.bridge.runReview(), reviewButton, 'Writing the review…');
    await showOutcome(o, 'Review written');
  };
  const structureActive = async (kind: 'provision' | 'tracking'): Promise<void> => {
    const sheet = (await shell.refreshContext())?.activeSheet;
    if (!sheet) return shell.announce('Select the sheet to set up first.');
    const o = await shell.run(() => shell.bridge.structure(sheet, { kind }), setupButton, 'Setting up…');
    await showOutcome(o, 'Set up');
  };
  pointButton.addEventListener('click', () => void addPoint());
  reevaluateButton.addEventListener('click', () => void reevaluate());
  reviewButton.addEventListener('click', () => void review());

  const command = (c: SheetCommand): Promise<void> => {
    setupArea.hidden = true;
    main.hidden = false;
    switch (c) {
      case 'structure-provision':
        return structureActive('provision');
      case 'structure-tracking':
        return structureActive('tracking');
      case 'add-point':
        return addPoint();
      case 'reevaluate':
        return reevaluate();
      case 'review':
        return review();
    }
  };

  main.append(
    h('div', { class: 'row between' }, title, refreshButton),
    statusArea,
    h(
      'div',
      { class: 'actions' },
      h('h3', undefined, 'Actions'),
      setupButton,
      h(
        'div',
        { class: 'field-row' },
        h('label', { for: labelId }, 'New assessment point (label, e.g. AP3)'),
        pointLabel,
        pointButton,
      ),
      h('div', { class: 'row wrap' }, reevaluateButton, reviewButton),
    ),
    outcomeArea,
  );
  return { element: h('div', { class: 'view' }, main, setupArea), refresh: () => refresh(), command };
}
