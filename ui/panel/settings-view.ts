// Settings, stored in the spreadsheet: expected progress, tolerance, staff rates, the school year, school scales.

import type { SettingsView } from '../bridge.js';
import type { Settings } from '../../core/settings.js';
import { h, replace } from './dom.js';
import { progressSection, ratesSection, schoolScalesSection, yearSection } from './settings-sections.js';
import type { Shell } from './shell.js';

/** The settings tab: a form over a draft of the settings, saved to the workbook in one call. */
export function createSettingsView(shell: Shell): { element: HTMLElement; refresh(): Promise<void> } {
  const form = h('form', { class: 'settings', novalidate: true });
  let view: SettingsView | null = null;
  let draft: Settings | null = null;
  const picked = { index: 0 };

  const render = (): void => {
    if (!view || !draft) return;
    const save = h('button', { type: 'submit', class: 'primary' }, 'Save settings');
    replace(
      form,
      progressSection(draft, view.scales, picked),
      ratesSection(draft),
      yearSection(draft),
      schoolScalesSection(draft, (m) => shell.announce(m)),
      h('div', { class: 'row' }, save),
    );
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!draft) return;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    const next = await shell.run(() => shell.bridge.saveSettings(draft!), button, 'Saving…');
    if (!next) return;
    view = next;
    draft = structuredClone(next.settings);
    render();
    form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    shell.announce('Settings saved in this spreadsheet.');
  });

  const element = h(
    'div',
    { class: 'view' },
    h('h2', undefined, 'Settings'),
    h('p', { class: 'muted' }, 'Kept in this spreadsheet only. Blank boxes use each scale’s default.'),
    form,
  );
  return {
    element,
    async refresh() {
      const v = await shell.run(() => shell.bridge.getSettings());
      if (!v) return;
      view = v;
      draft = structuredClone(v.settings);
      render();
    },
  };
}
