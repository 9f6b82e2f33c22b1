// The minimal task pane: buttons that run actions, a list of class-map tabs, a file picker, and messages.

import type { Line } from './messages.js';

export type PanelAction =
  | 'structure-provision'
  | 'structure-tracking'
  | 'add-point'
  | 'reevaluate'
  | 'review'
  | 'collate'
  | 'summary';

export interface PanelHandlers {
  run(action: PanelAction): Promise<Line[]>;
}

/** Shows a status line and the outcome list; all text goes in through textContent, never as HTML. */
export class Panel {
  constructor(private readonly doc: Document) {}

  status(text: string): void {
    const el = this.doc.getElementById('status');
    if (el) el.textContent = text;
  }

  show(lines: readonly Line[]): void {
    const list = this.doc.getElementById('messages');
    if (!list) return;
    list.replaceChildren(
      ...lines.map((l) => {
        const li = this.doc.createElement('li');
        li.className = l.kind;
        li.textContent = l.text;
        return li;
      }),
    );
  }

  /** Lists class-map candidates as ticked boxes. */
  showTabs(names: readonly string[], ticked: ReadonlySet<string>): void {
    const box = this.doc.getElementById('tabs');
    if (!box) return;
    const legend = box.querySelector('legend');
    box.replaceChildren(...(legend ? [legend] : []));
    names.forEach((name, i) => {
      const label = this.doc.createElement('label');
      const input = this.doc.createElement('input');
      input.type = 'checkbox';
      input.value = name;
      input.checked = ticked.has(name);
      input.id = `tab-${i}`;
      label.htmlFor = input.id;
      label.textContent = name;
      box.append(input, label, this.doc.createElement('br'));
    });
  }

  tickedTabs(): string[] {
    return [...this.doc.querySelectorAll<HTMLInputElement>('#tabs input[type=checkbox]')]
      .filter((i) => i.checked)
      .map((i) => i.value);
  }

  async pickedFiles(): Promise<{ name: string; bytes: ArrayBuffer }[]> {
    const input = this.doc.getElementById('files') as HTMLInputElement | null;
    return Promise.all(
      [...(input?.files ?? [])].map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })),
    );
  }

  /** Wires the buttons; while one action runs, all are disabled. */
  wire(handlers: PanelHandlers): void {
    const buttons = [...this.doc.querySelectorAll<HTMLButtonElement>('button[data-action]')];
    for (const b of buttons)
      b.addEventListener('click', () => {
        buttons.forEach((x) => (x.disabled = true));
        this.status('Working…');
        void handlers
          .run(b.dataset.action as PanelAction)
          .then((lines) => this.show(lines))
          .finally(() => {
            buttons.forEach((x) => (x.disabled = false));
            this.status('Ready.');
          });
      });
  }

  disableAll(): void {
    this.doc.querySelectorAll<HTMLButtonElement>('button[data-action]').forEach((b) => (b.disabled = true));
  }
}
