// What every view shares: the bridge, the workbook context, busy state, notices and cell links.

import type { HostBridge, PanelContext } from '../bridge.js';
import { h, replace } from './dom.js';
import { explain } from './messages.js';

/** What every view shares. */
export interface Shell {
  readonly bridge: HostBridge;
  /** The last context read (sheet list, active sheet). */
  context(): PanelContext | null;
  refreshContext(): Promise<PanelContext | null>;
  /**
   * Runs one bridge call: marks the button busy, clears and then sets the notice, and returns null (after
   * explaining the failure) when the call fails.
   */
  run<T>(task: () => Promise<T>, button?: HTMLButtonElement | null, doing?: string): Promise<T | null>;
  /** Says something politely to screen readers and in the notice line. */
  announce(message: string): void;
  /** True when the sheet is in this workbook, so a link can select the cell. */
  canLink(sheet: string): boolean;
  goTo(sheet: string, cell: string): Promise<void>;
}

/** The notice area (errors and confirmations) plus the Shell built on it. */
export function createShell(bridge: HostBridge): { shell: Shell; notice: HTMLElement } {
  let context: PanelContext | null = null;
  const status = h('p', { class: 'notice-text', role: 'status', 'aria-live': 'polite' });
  const alert = h('div', { class: 'notice-error', role: 'alert' });
  const notice = h('div', { class: 'notice' }, status, alert);

  const showError = (error: unknown): void => {
    const { summary, detail } = explain(error);
    const dismiss = h(
      'button',
      { type: 'button', class: 'link', on: { click: () => replace(alert) } },
      'Dismiss',
    );
    replace(
      alert,
      h(
        'div',
        { class: 'error-box' },
        h('p', { class: 'error-title' }, h('span', { class: 'badge badge-error' }, 'Problem'), ' ', summary),
        detail && detail !== summary ? h('p', { class: 'error-detail' }, detail) : null,
        dismiss,
      ),
    );
  };

  // Busy buttons stay focusable (aria-disabled, not disabled) so keyboard focus is not lost mid-action.
  const busy = new WeakSet<HTMLButtonElement>();

  const shell: Shell = {
    bridge,
    context: () => context,
    async refreshContext() {
      const next = await shell.run(() => bridge.getContext());
      if (next) context = next;
      return context;
    },
    async run(task, button, doing) {
      if (button && busy.has(button)) return null;
      replace(alert);
      if (doing) status.textContent = doing;
      if (button) {
        busy.add(button);
        button.setAttribute('aria-disabled', 'true');
        button.setAttribute('aria-busy', 'true');
      }
      try {
        return await task();
      } catch (error) {
        status.textContent = '';
        showError(error);
        return null;
      } finally {
        if (button) {
          busy.delete(button);
          button.removeAttribute('aria-disabled');
          button.removeAttribute('aria-busy');
        }
      }
    },
    announce(message) {
      status.textContent = message;
    },
    canLink(sheet) {
      return context?.sheets.some((s) => s.name === sheet) ?? false;
    },
    async goTo(sheet, cell) {
      const ok = await shell.run(() => bridge.selectCell(sheet, cell).then(() => true));
      if (ok) shell.announce(`Selected ${cell} on ${sheet}.`);
    },
  };
  return { shell, notice };
}
