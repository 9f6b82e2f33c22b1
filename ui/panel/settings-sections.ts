// The settings form's sections: progress by scale, staff rates, the school year, school scales.

import type { ScaleInfo } from '../bridge.js';
import type { KeyStage } from '../../core/model/types.js';
import type { Settings } from '../../core/settings.js';
import { h, replace, uid } from './dom.js';

const KEY_STAGES: readonly KeyStage[] = ['EYFS', 'KS1', 'KS2', 'KS3', 'KS4', 'KS5'];

/** A labelled number input; blank means "use the default" and calls back with null. */
export function numberField(
  label: string,
  value: number | undefined,
  placeholder: string,
  onChange: (v: number | null) => void,
  cls = '',
): HTMLElement {
  const id = uid('num');
  const input = h('input', {
    id,
    type: 'number',
    inputmode: 'decimal',
    step: 'any',
    min: 0,
    class: 'num',
    placeholder,
  });
  input.value = value === undefined ? '' : String(value);
  input.addEventListener('change', () => {
    const t = input.value.trim();
    onChange(t === '' || !Number.isFinite(Number(t)) ? null : Number(t));
  });
  return h('div', { class: `field ${cls}` }, h('label', { for: id }, label), input);
}

/** A labelled text input. */
export function textField(
  label: string,
  value: string,
  onChange: (v: string) => void,
  cls = '',
): HTMLElement {
  const id = uid('txt');
  const input = h('input', { id, type: 'text', class: 'text', autocomplete: 'off' });
  input.value = value;
  input.addEventListener('change', () => onChange(input.value.trim()));
  return h('div', { class: `field ${cls}` }, h('label', { for: id }, label), input);
}

function slug(name: string): string {
  return (
    'school-' +
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
  );
}

/** Tolerance and expected progress per key stage, for the scale picked in the form. */
export function progressSection(d: Settings, scales: ScaleInfo[], picked: { index: number }): HTMLElement {
  const box = h('div');
  const id = uid('scale');
  const pick = h('select', { id });
  scales.forEach((s, i) => {
    const o = h('option', { value: String(i) }, s.name);
    o.selected = i === picked.index;
    pick.append(o);
  });
  const fields = h('div');
  const renderFields = (): void => {
    const s = scales[picked.index];
    if (!s) return replace(fields);
    const steps = `${s.stepName}s`;
    const expected = d.expectedStepsPerYear[s.id] ?? {};
    replace(
      fields,
      numberField(`On-track tolerance (${steps})`, d.tolerance[s.id], `default ${s.tolerance}`, (v) => {
        if (v === null) delete d.tolerance[s.id];
        else d.tolerance[s.id] = v;
      }),
      h(
        'fieldset',
        { class: 'grid-3' },
        h('legend', undefined, `Expected ${steps} per year`),
        ...KEY_STAGES.map((ks) =>
          numberField(
            ks,
            expected[ks],
            String(s.expectedStepsPerYear[ks] ?? s.expectedStepsPerYear.default ?? 0),
            (v) => {
              const e = { ...(d.expectedStepsPerYear[s.id] ?? {}) };
              if (v === null) delete e[ks];
              else e[ks] = v;
              if (Object.keys(e).length === 0) delete d.expectedStepsPerYear[s.id];
              else d.expectedStepsPerYear[s.id] = e;
            },
            'compact',
          ),
        ),
      ),
    );
  };
  pick.addEventListener('change', () => {
    picked.index = Number(pick.value);
    renderFields();
  });
  renderFields();
  box.append(h('div', { class: 'field' }, h('label', { for: id }, 'Scale'), pick), fields);
  return h('fieldset', undefined, h('legend', undefined, 'Progress by scale'), box);
}

/** Staff hourly rates by role, one row each. */
export function ratesSection(d: Settings): HTMLElement {
  const rows = h('ul', { class: 'rates' });
  const entries = Object.entries(d.hourlyRates);
  const sync = (): void => {
    d.hourlyRates = {};
    for (const [role, rate] of entries) if (role.trim()) d.hourlyRates[role.trim()] = rate;
  };
  const renderRows = (): void => {
    replace(
      rows,
      ...entries.map((entry, i) => {
        const role = h('input', {
          type: 'text',
          class: 'text',
          'aria-label': `Role ${i + 1}`,
          autocomplete: 'off',
        });
        role.value = entry[0];
        role.addEventListener('change', () => ((entry[0] = role.value.trim()), sync()));
        const rate = h('input', {
          type: 'number',
          class: 'num',
          min: 0,
          step: 'any',
          inputmode: 'decimal',
          'aria-label': `Hourly rate for ${entry[0] || `role ${i + 1}`} (${d.currency})`,
        });
        rate.value = String(entry[1]);
        rate.addEventListener('change', () => ((entry[1] = Number(rate.value) || 0), sync()));
        const remove = h(
          'button',
          {
            type: 'button',
            class: 'link',
            'aria-label': `Remove ${entry[0] || `role ${i + 1}`}`,
            on: {
              click: () => {
                entries.splice(i, 1);
                sync();
                renderRows();
                addButton.focus();
              },
            },
          },
          'Remove',
        );
        return h('li', { class: 'rate' }, role, rate, remove);
      }),
    );
  };
  const addButton = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      on: {
        click: () => {
          entries.push(['', 0]);
          renderRows();
          rows.querySelector<HTMLInputElement>('li:last-child input')?.focus();
        },
      },
    },
    'Add a role',
  );
  renderRows();
  return h(
    'fieldset',
    undefined,
    h('legend', undefined, 'Staff hourly rates'),
    h(
      'div',
      { class: 'rates-head', 'aria-hidden': 'true' },
      h('span', undefined, 'Role'),
      h('span', undefined, `${d.currency} per hour`),
    ),
    rows,
    addButton,
  );
}

/** Weeks per term, assessment points a year and the currency. */
export function yearSection(d: Settings): HTMLElement {
  return h(
    'fieldset',
    { class: 'grid-2' },
    h('legend', undefined, 'School year'),
    numberField('Weeks per term', d.weeksPerTerm, '12', (v) => (d.weeksPerTerm = v ?? 0), 'compact'),
    numberField(
      'Assessment points a year',
      d.assessmentPointsPerYear,
      '6',
      (v) => (d.assessmentPointsPerYear = v ?? 0),
      'compact',
    ),
    textField('Currency symbol', d.currency, (v) => (d.currency = v || '£'), 'compact'),
  );
}

/** The school's own step lists: listed with Remove, and a small form to add one. */
export function schoolScalesSection(d: Settings, announce: (message: string) => void): HTMLElement {
  const list = h('ul', { class: 'items' });
  const renderList = (): void =>
    replace(
      list,
      ...d.schoolScales.map((sc, i) =>
        h(
          'li',
          undefined,
          h('strong', undefined, sc.name),
          h('span', { class: 'pupil-detail' }, sc.steps.map((s) => String(s.label)).join(', ')),
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `Remove the scale ${sc.name}`,
              on: {
                click: () => {
                  d.schoolScales.splice(i, 1);
                  renderList();
                },
              },
            },
            'Remove',
          ),
        ),
      ),
    );
  renderList();
  let name = '';
  let stepName = 'step';
  const stepsId = uid('steps');
  const steps = h('textarea', { id: stepsId, rows: 4, class: 'text' });
  const add = h('button', { type: 'button', class: 'secondary' }, 'Add scale');
  add.addEventListener('click', () => {
    const labels = steps.value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    if (!name || labels.length < 2) return announce('A school scale needs a name and at least two steps.');
    d.schoolScales.push({
      id: slug(name),
      name,
      stepName,
      steps: labels.map((l) => ({ label: /^-?\d+(\.\d+)?$/.test(l) ? Number(l) : l })),
      parser: 'labels',
      tolerance: 0,
      expectedStepsPerYear: {},
    });
    steps.value = '';
    renderList();
    announce(`Added ${name}. Press Save settings to keep it.`);
  });
  return h(
    'fieldset',
    undefined,
    h('legend', undefined, 'School scales'),
    list,
    textField('Name', '', (v) => (name = v)),
    textField('One step is called', stepName, (v) => (stepName = v || 'step')),
    h('div', { class: 'field' }, h('label', { for: stepsId }, 'Steps, lowest first, one a line'), steps),
    add,
  );
}
