// Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs; Tab enters the panel.

import { h, uid } from './dom.js';

/** One tab: its id, its label and how to show it. */
export interface TabSpec {
  id: string;
  label: string;
  /** Called each time the tab is shown; the element it returned the first time stays mounted. */
  show(): HTMLElement;
}

/** The tab row, the panels and a way to show one. */
export interface Tabs {
  /** The row of tabs. */
  list: HTMLElement;
  /** The tab panels, one shown at a time. */
  panels: HTMLElement;
  select(id: string, focus?: boolean): void;
}

/** Tabs labelled `label`, the first selected by `select`. */
export function createTabs(label: string, specs: readonly TabSpec[]): Tabs {
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tabs' });
  const panels = h('div', { class: 'tab-panels' });
  const entries = specs.map((spec) => {
    const base = uid(`tab-${spec.id}`);
    const tab = h('button', {
      type: 'button',
      role: 'tab',
      id: `${base}-tab`,
      'aria-controls': `${base}-panel`,
      'aria-selected': 'false',
      tabindex: -1,
      class: 'tab',
      'data-tab': spec.id,
    });
    tab.textContent = spec.label;
    const panel = h('section', {
      role: 'tabpanel',
      id: `${base}-panel`,
      'aria-labelledby': `${base}-tab`,
      class: 'tab-panel',
      hidden: true,
    });
    list.append(tab);
    panels.append(panel);
    return { spec, tab, panel, mounted: false };
  });

  const select = (id: string, focus = false): void => {
    for (const e of entries) {
      const on = e.spec.id === id;
      e.tab.setAttribute('aria-selected', String(on));
      e.tab.tabIndex = on ? 0 : -1;
      e.panel.hidden = !on;
      if (on) {
        const content = e.spec.show();
        if (!e.mounted) {
          e.panel.append(content);
          e.mounted = true;
        }
        if (focus) e.tab.focus();
      }
    }
  };

  list.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLElement>('[role="tab"]');
    if (tab?.dataset.tab) select(tab.dataset.tab);
  });
  list.addEventListener('keydown', (event) => {
    const current = entries.findIndex((e) => e.tab === document.activeElement);
    if (current < 0) return;
    const last = entries.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (to < 0) return;
    event.preventDefault();
    select(entries[to]!.spec.id, true);
  });

  return { list, panels, select };
}
