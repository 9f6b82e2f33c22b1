// "Set up from this sheet": a preview of the detected kind, columns and scale the teacher can correct
// before anything is written.

import type { ActionOutcome } from '../bridge.js';
import type { SheetKind } from '../../core/import/index.js';
import type { StructureCorrections, StructurePreview } from '../../core/panel/index.js';
import { plural } from '../../core/panel/format.js';
import { h, replace, uid } from './dom.js';
import { diagnosticsList } from './lists.js';
import { KIND_LABEL } from './messages.js';
import type { Shell } from './shell.js';

const KINDS: readonly SheetKind[] = ['provision', 'tracking', 'class-list'];
const OWN_COLUMN = '';
const DETECTED = '';

/** What the set-up view reports back to the teacher's tab. */
export interface SetupCallbacks {
  done(outcome: ActionOutcome): void | Promise<void>;
  cancel(): void;
}

function select(id: string, options: [value: string, label: string][], value: string): HTMLSelectElement {
  const el = h('select', { id });
  for (const [v, label] of options) {
    const o = h('option', { value: v }, label);
    o.selected = v === value;
    el.append(o);
  }
  return el;
}

/** The set-up preview; `open(sheet)` reads the sheet and shows what was detected. */
export function createSetupView(
  shell: Shell,
  callbacks: SetupCallbacks,
): { element: HTMLElement; open(sheet: string): Promise<void> } {
  const heading = h('h2', { tabindex: -1 }, 'Set up');
  const body = h('div', { class: 'setup-body' });
  const createButton = h('button', { type: 'button', class: 'primary' }, 'Create sheets');
  const cancelButton = h(
    'button',
    { type: 'button', class: 'secondary', on: { click: () => callbacks.cancel() } },
    'Cancel',
  );
  let sheet = '';
  let preview: StructurePreview | null = null;
  let corrections: StructureCorrections = {};

  const load = async (kind: SheetKind | null): Promise<void> => {
    replace(body, h('p', { class: 'muted' }, 'Reading the sheet…'));
    const p = await shell.run(() => shell.bridge.previewStructure(sheet, kind));
    preview = p;
    corrections = kind ? { kind } : {};
    if (p) {
      render(p);
      // Re-rendering replaced the kind dropdown the teacher just used: give focus back to the new one.
      if (kind) body.querySelector<HTMLSelectElement>('select')?.focus();
    } else replace(body, h('p', { class: 'muted' }, 'The preview could not be read.'));
  };

  const render = (p: StructurePreview): void => {
    const kindId = uid('kind');
    const kind = corrections.kind ?? (p.kind === 'none' ? null : p.kind);
    const kindSelect = select(
      kindId,
      [
        ...(kind ? [] : ([['', 'Choose…']] as [string, string][])),
        ...KINDS.map((k): [string, string] => [k, KIND_LABEL[k] ?? k]),
      ],
      kind ?? '',
    );
    kindSelect.addEventListener('change', () => {
      if (kindSelect.value) void load(kindSelect.value as SheetKind);
    });

    const parts: HTMLElement[] = [
      h(
        'div',
        { class: 'field' },
        h('label', { for: kindId }, 'This sheet is a'),
        kindSelect,
        p.kind !== 'none' && !corrections.kind
          ? h('p', { class: 'muted' }, `Detected, ${Math.round(p.confidence * 100)}% sure.`)
          : null,
      ),
    ];

    if (kind && p.headerRow !== null) {
      const options: [string, string][] = [
        [OWN_COLUMN, 'Your own column (kept as is)'],
        ...(p.fieldOptions[kind] ?? []).map((f): [string, string] => [f.field, f.label]),
      ];
      const rows = p.columns
        .filter((c) => c.header !== '' || c.field !== null)
        .map((c) => {
          const id = uid('col');
          const extra: [string, string][] =
            c.field !== null && !options.some(([v]) => v === c.field)
              ? [[c.field, c.fieldLabel ?? c.field]]
              : [];
          const sel = select(id, [...options, ...extra], c.field ?? OWN_COLUMN);
          sel.addEventListener('change', () => {
            corrections.columns = { ...corrections.columns, [String(c.index)]: sel.value || null };
          });
          return h(
            'li',
            { class: 'column' },
            h(
              'label',
              { for: id },
              h('span', { class: 'col-letter' }, c.letter),
              ' ',
              c.header || '(no header)',
            ),
            sel,
          );
        });
      parts.push(
        h(
          'fieldset',
          { class: 'columns' },
          h('legend', undefined, `Columns (header in row ${p.headerRow + 1})`),
          h('ul', { class: 'column-list' }, ...rows),
        ),
      );
    }

    if (kind && kind !== 'class-list') {
      const scaleId = uid('scale');
      const used = p.scalesUsed.map((u) => `${u.name} (${u.count})`).join(', ');
      const opts: [string, string][] = [
        [DETECTED, used ? `As found: ${used}` : 'Work it out from the grades'],
      ];
      for (const s of p.scaleOptions) opts.push([s.id, `All grades: ${s.name}`]);
      const scaleSelect = select(scaleId, opts, corrections.scaleId ?? DETECTED);
      scaleSelect.addEventListener('change', () => {
        if (scaleSelect.value === DETECTED) delete corrections.scaleId;
        else corrections.scaleId = scaleSelect.value;
      });
      parts.push(
        h(
          'div',
          { class: 'field' },
          h('label', { for: scaleId }, 'Grade scale'),
          scaleSelect,
          p.scalesUsed.length > 1
            ? h(
                'p',
                { class: 'muted' },
                'Interventions use different scales; keep "As found" unless one is wrong.',
              )
            : null,
        ),
      );
    }

    const c = p.counts;
    parts.push(
      h(
        'p',
        { class: 'counts' },
        `Found ${plural(c.pupils, 'pupil')}`,
        c.interventions ? `, ${plural(c.interventions, 'intervention')}` : null,
        c.subjects ? `, ${plural(c.subjects, 'subject')}` : null,
        '.',
      ),
    );
    if (p.diagnostics.length > 0)
      parts.push(
        h(
          'details',
          { class: 'group', open: p.diagnostics.some((d) => d.severity === 'error') },
          h('summary', undefined, `${plural(p.diagnostics.length, 'thing')} to check`),
          diagnosticsList(shell, p.diagnostics),
        ),
      );
    parts.push(h('div', { class: 'row' }, createButton, cancelButton));
    replace(body, ...parts);
  };

  createButton.addEventListener('click', async () => {
    if (!preview) return;
    const chosen = corrections.kind ?? (preview.kind === 'none' ? null : preview.kind);
    if (!chosen) return shell.announce('Choose what the sheet holds first.');
    const outcome = await shell.run(
      () => shell.bridge.structure(sheet, { ...corrections, kind: chosen }),
      createButton,
      'Creating sheets…',
    );
    if (outcome) await callbacks.done(outcome);
  });

  const element = h(
    'div',
    { class: 'setup' },
    heading,
    h(
      'p',
      { class: 'muted' },
      'Nothing is written until you press Create sheets. Your sheet stays as it is: provmap writes its own sheets beside it.',
    ),
    body,
  );
  return {
    element,
    async open(name: string) {
      sheet = name;
      heading.textContent = `Set up from ${name}`;
      heading.focus();
      await load(null);
    },
  };
}
