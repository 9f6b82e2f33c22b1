// The SENCO's tab: pick class maps, collate them with a progress bar and a cancel button, see what to fix.

import type { ClassMapChoice, ClassMapSource, CollationProgress } from '../bridge.js';
import type { DiagnosticReport } from '../../core/report.js';
import { plural } from '../../core/panel/format.js';
import { SHEET } from '../../core/plan/sheet-names.js';
import { h, replace, uid } from './dom.js';
import { diagnosticsList } from './lists.js';
import type { Shell } from './shell.js';

function sourceKey(s: ClassMapSource): string {
  return s.kind === 'tab' ? `tab:${s.name}` : `file:${s.id}`;
}

function sourceLabel(s: ClassMapSource): string {
  return s.kind === 'tab' ? s.name : `${s.name} (file)`;
}

/** The SENCO's tab; `refresh` lists the class maps. */
export function createSchoolView(shell: Shell): { element: HTMLElement; refresh(): Promise<void> } {
  const listArea = h('div', { class: 'maps' });
  const pickButton = h('button', { type: 'button', class: 'secondary', hidden: true }, 'Choose files…');
  const listButton = h('button', { type: 'button', class: 'secondary' }, 'Refresh list');
  const collateButton = h('button', { type: 'button', class: 'primary' }, 'Collate');
  const progressLabelId = uid('progress');
  const progressBar = h('progress', { max: 1, value: 0, 'aria-labelledby': progressLabelId });
  const progressText = h('span', { class: 'progress-text' });
  const cancelButton = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  const progressArea = h(
    'div',
    { class: 'progress', hidden: true },
    h('p', { id: progressLabelId }, 'Collating class maps'),
    progressBar,
    h('div', { class: 'row between' }, progressText, cancelButton),
  );
  const resultArea = h('div', { class: 'result' });

  let choices: ClassMapChoice[] = [];
  const picked = new Map<string, ClassMapSource>();
  const checked = new Set<string>();
  // Class maps listed so far: a suggested one is ticked when it first appears, then left as the SENCO set it.
  const seen = new Set<string>();
  let job: string | null = null;
  let cancelRequested = false;

  const renderList = (): void => {
    const all = [...choices];
    for (const [key, source] of picked)
      if (!all.some((c) => sourceKey(c.source) === key)) all.push({ source, suggested: true });
    if (all.length === 0) {
      replace(listArea, h('p', { class: 'muted' }, 'No class maps found. Add a tab or choose files.'));
      return;
    }
    const boxes = all.map((c) => {
      const key = sourceKey(c.source);
      const id = uid('map');
      const box = h('input', { type: 'checkbox', id, value: key });
      box.checked = checked.has(key);
      box.addEventListener('change', () => (box.checked ? checked.add(key) : checked.delete(key)));
      return h('li', undefined, box, h('label', { for: id }, sourceLabel(c.source)));
    });
    replace(
      listArea,
      h(
        'fieldset',
        undefined,
        h('legend', undefined, 'Class maps to collate'),
        h('ul', { class: 'checks' }, ...boxes),
      ),
    );
  };

  const refresh = async (): Promise<void> => {
    await shell.refreshContext();
    const list = await shell.run(() => shell.bridge.listClassMaps(), listButton);
    if (!list) return;
    choices = list.choices;
    // Files chosen in the host's own dialog (Google's Picker) first appear here, and are ticked like tabs.
    for (const c of choices) {
      const key = sourceKey(c.source);
      if (seen.has(key)) continue;
      seen.add(key);
      if (c.suggested) checked.add(key);
    }
    pickButton.hidden = !list.canPickFiles;
    renderList();
  };

  const finish = (p: CollationProgress, diagnostics: DiagnosticReport[]): void => {
    progressArea.hidden = true;
    job = null;
    collateButton.removeAttribute('aria-disabled');
    const stopped = p.state === 'cancelled';
    const open = (sheet: string): HTMLElement | null =>
      shell.canLink(sheet)
        ? h(
            'button',
            { type: 'button', class: 'secondary', on: { click: () => void shell.goTo(sheet, 'A1') } },
            `Open ${sheet}`,
          )
        : null;
    replace(
      resultArea,
      h(
        'div',
        { class: 'outcome' },
        h('h3', { tabindex: -1 }, stopped ? 'Collation stopped' : 'Collation finished'),
        h(
          'p',
          undefined,
          stopped
            ? `${p.done} of ${p.total} class maps are in the School Map. Collate again to add the rest.`
            : `The School Map now holds ${plural(p.total, 'class map')}.`,
        ),
        h(
          'h4',
          undefined,
          diagnostics.length > 0 ? `${plural(diagnostics.length, 'thing')} to check` : 'Nothing to fix',
        ),
        diagnostics.length > 0 ? diagnosticsList(shell, diagnostics) : null,
        h('div', { class: 'row wrap' }, open(SHEET.schoolMap), open(SHEET.summary)),
      ),
    );
    resultArea.querySelector<HTMLElement>('h3')?.focus();
    shell.announce(stopped ? `Stopped after ${p.done} of ${p.total} class maps.` : 'Collation finished.');
  };

  const showProgress = (p: CollationProgress): void => {
    progressBar.max = Math.max(1, p.total);
    progressBar.value = p.done;
    progressText.textContent = `${p.done} of ${p.total} done${p.next ? ` · next: ${p.next}` : ''}`;
  };

  collateButton.addEventListener('click', async () => {
    if (job) return;
    const sources = [...choices.map((c) => c.source), ...picked.values()].filter((s, i, all) => {
      const key = sourceKey(s);
      return checked.has(key) && all.findIndex((x) => sourceKey(x) === key) === i;
    });
    if (sources.length === 0) return shell.announce('Tick at least one class map.');
    cancelRequested = false;
    replace(resultArea);
    const diagnostics: DiagnosticReport[] = [];
    let p: CollationProgress | null = await shell.run(
      () => shell.bridge.startCollation(sources),
      collateButton,
      'Starting…',
    );
    if (!p) return;
    job = p.jobId;
    collateButton.setAttribute('aria-disabled', 'true');
    progressArea.hidden = false;
    cancelButton.focus();
    shell.announce(`Collating ${p.total} class map${p.total === 1 ? '' : 's'}…`);
    showProgress(p);
    while (p && p.state === 'running' && !cancelRequested) {
      const id: string = p.jobId;
      p = await shell.run(() => shell.bridge.processChunk(id));
      if (p) {
        diagnostics.push(...p.diagnostics);
        showProgress(p);
      }
    }
    if (!p) {
      progressArea.hidden = true;
      job = null;
      collateButton.removeAttribute('aria-disabled');
      collateButton.focus();
      return;
    }
    if (cancelRequested && p.state === 'running') {
      const id: string = p.jobId;
      p = (await shell.run(() => shell.bridge.cancelCollation(id))) ?? p;
    }
    await shell.refreshContext();
    finish(p, diagnostics);
  });

  cancelButton.addEventListener('click', () => {
    if (!job || cancelRequested) return;
    cancelRequested = true;
    progressText.textContent = 'Stopping after the class map being read…';
    shell.announce('Stopping after the class map being read.');
  });

  pickButton.addEventListener('click', async () => {
    const r = await shell.run(() => shell.bridge.pickFiles(), pickButton);
    if (!r) return;
    for (const s of r.sources) {
      picked.set(sourceKey(s), s);
      seen.add(sourceKey(s));
      checked.add(sourceKey(s));
    }
    if (r.pending) shell.announce('Choose the files in the dialog, then press Refresh list.');
    renderList();
  });
  listButton.addEventListener('click', () => void refresh());

  const element = h(
    'div',
    { class: 'view' },
    h('h2', undefined, 'Collate class maps'),
    h(
      'p',
      { class: 'muted' },
      'Bring class provision maps together into one School Map, with pupils matched.',
    ),
    listArea,
    h('div', { class: 'row wrap' }, collateButton, pickButton, listButton),
    progressArea,
    resultArea,
  );
  return { element, refresh };
}
