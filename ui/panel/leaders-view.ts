// The leaders' tab: generate the summary sheets and see the headline figures with small charts.

import type { LeaderFigures } from '../../core/panel/index.js';
import { formatMoney, formatPercent } from '../../core/panel/format.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import { barChart } from './charts.js';
import { h, replace, uid } from './dom.js';
import type { Shell } from './shell.js';

function figuresView(shell: Shell, f: LeaderFigures): HTMLElement {
  const hl = f.headline;
  const tile = (value: string, label: string, alert = false): HTMLElement =>
    h(
      'li',
      { class: `tile${alert ? ' tile-alert' : ''}` },
      h('span', { class: 'tile-value' }, value),
      h('span', { class: 'tile-label' }, label),
      alert ? h('span', { class: 'tile-flag' }, 'to act on') : null,
    );
  const groupId = uid('group');
  const groupSelect = h('select', { id: groupId });
  f.byGroup.forEach((g, i) => groupSelect.append(h('option', { value: String(i) }, g.title)));
  const groupChart = h('div');
  const showGroup = (): void => {
    const g = f.byGroup[Number(groupSelect.value)];
    // "by SEN", "by pupil premium": acronyms keep their capitals.
    const by = g && (/^[A-Z]{2,}$/.test(g.title) ? g.title : g.title.toLowerCase());
    replace(groupChart, g ? barChart(`Meeting targets by ${by}`, g.bars) : null);
  };
  groupSelect.addEventListener('change', showGroup);
  showGroup();

  return h(
    'div',
    { class: 'figures' },
    h('p', { class: 'muted' }, `From the ${f.sheet} sheet.`),
    h(
      'ul',
      { class: 'tiles tiles-2', 'aria-label': 'Headline figures' },
      tile(String(hl.pupilsInProvision), 'pupils in provision'),
      tile(formatPercent(hl.percentMet), 'meeting targets'),
      tile(String(hl.interventionsToReview), 'interventions to review', hl.interventionsToReview > 0),
      tile(formatMoney(hl.totalCost, f.currency), 'total cost'),
      tile(formatMoney(hl.costPerStep, f.currency), 'cost per step gained'),
    ),
    barChart('Meeting targets by intervention', f.byIntervention),
    f.byGroup.length > 0
      ? h('div', { class: 'field' }, h('label', { for: groupId }, 'Group pupils by'), groupSelect)
      : null,
    groupChart,
    h('h3', undefined, 'Interventions to review'),
    f.toReview.length === 0
      ? h('p', { class: 'muted' }, 'None at the moment.')
      : h(
          'ul',
          { class: 'items review' },
          ...f.toReview.map((r) =>
            h(
              'li',
              undefined,
              h('strong', undefined, r.name),
              h('span', { class: 'pupil-detail' }, r.reasons.join('; ')),
            ),
          ),
        ),
    shell.canLink(SHEET.summary)
      ? h(
          'button',
          { type: 'button', class: 'secondary', on: { click: () => void shell.goTo(SHEET.summary, 'A1') } },
          `Open ${SHEET.summary}`,
        )
      : null,
  );
}

/** The leaders' tab; `refresh` reads the figures of the School Map without writing. */
export function createLeadersView(shell: Shell): { element: HTMLElement; refresh(): Promise<void> } {
  const area = h('div', { class: 'figures-area' });
  const generateButton = h('button', { type: 'button', class: 'primary' }, 'Generate summary sheets');

  const show = (f: LeaderFigures | null): void => {
    replace(
      area,
      f
        ? figuresView(shell, f)
        : h(
            'p',
            { class: 'muted' },
            'No School Map or Provision Map yet. Collate class maps or set up a map first.',
          ),
    );
  };

  generateButton.addEventListener('click', async () => {
    const f = await shell.run(() => shell.bridge.generateSummary(), generateButton, 'Writing the summary…');
    if (!f) return;
    await shell.refreshContext();
    show(f);
    shell.announce(`Summary written from ${f.sheet}.`);
  });

  const element = h(
    'div',
    { class: 'view' },
    h('h2', undefined, 'Leaders’ summary'),
    h(
      'p',
      { class: 'muted' },
      'Impact, groups and cost, from the School Map. The sheets keep working without the add-in.',
    ),
    generateButton,
    area,
  );
  return {
    element,
    async refresh() {
      // Wrapped so that "no figures yet" (null) and a failed call (run returns null) stay apart.
      const r = await shell.run(() => shell.bridge.getLeaderFigures().then((figures) => ({ figures })));
      if (r) show(r.figures);
    },
  };
}
