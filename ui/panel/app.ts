// Mounts the panel: four tabs (this sheet, school, leaders, settings) over one HostBridge.

import type { HostBridge } from '../bridge.js';
import { h } from './dom.js';
import { createLeadersView } from './leaders-view.js';
import { createSchoolView } from './school-view.js';
import { createSettingsView } from './settings-view.js';
import { createShell } from './shell.js';
import { createSheetView, type SheetCommand } from './sheet-view.js';
import { createTabs } from './tabs.js';

/** The host's look: Google's add-on style for the sidebar, Fluent for Excel. */
export type Theme = 'google' | 'fluent';
/** The panel's tabs: the teacher's sheet, the SENCO's school, leaders, settings. */
export type TabId = 'sheet' | 'school' | 'leaders' | 'settings';

/** How to show the panel. */
export interface MountOptions {
  theme: Theme;
  /** The tab shown first (default: this sheet). */
  tab?: TabId;
}

/** The mounted panel, for the host's own buttons (Excel's ribbon commands). */
export interface PanelHandle {
  /** Shows the teacher's tab and runs the command there, as its button would. */
  command(command: SheetCommand): Promise<void>;
}

/** Renders the panel into `root` (its children are replaced) and loads the first tab. */
export function mountPanel(root: HTMLElement, bridge: HostBridge, options: MountOptions): PanelHandle {
  document.documentElement.dataset.theme = options.theme;
  const { shell, notice } = createShell(bridge);
  const sheet = createSheetView(shell);
  const school = createSchoolView(shell);
  const leaders = createLeadersView(shell);
  const settings = createSettingsView(shell);
  const loaded = new Set<TabId>();
  const once = (id: TabId, load: () => Promise<void>): void => {
    if (loaded.has(id)) return;
    loaded.add(id);
    void load();
  };
  const tabs = createTabs('provmap', [
    {
      id: 'sheet',
      label: 'Sheet',
      show: () => (once('sheet', sheet.refresh), sheet.element),
    },
    { id: 'school', label: 'School', show: () => (once('school', school.refresh), school.element) },
    // Figures change whenever a map is collated, so they are read each time the tab opens.
    { id: 'leaders', label: 'Leaders', show: () => (void leaders.refresh(), leaders.element) },
    { id: 'settings', label: 'Settings', show: () => (once('settings', settings.refresh), settings.element) },
  ]);
  root.replaceChildren(
    h(
      'main',
      { class: 'panel' },
      h('h1', { class: 'visually-hidden' }, 'provmap'),
      tabs.list,
      notice,
      tabs.panels,
    ),
  );
  tabs.select(options.tab ?? 'sheet');
  return {
    command: (c) => {
      tabs.select('sheet');
      return sheet.command(c);
    },
  };
}
