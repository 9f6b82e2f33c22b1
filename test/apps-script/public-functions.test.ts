// Every public function of the built add-on, called through the bundle as Apps Script calls it (triggers,
// menu items, google.script.run, cell formulas), with what each writes or answers checked. The list comes
// from the build: a function added to the allow-list without a case here fails.

import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../apps-script/menu.js';
import { PUBLIC_FUNCTIONS } from '../../apps-script/public-functions.js';
import { a1 } from '../../core/grid.js';
import { JOB_KEY } from '../../ui/server/collation.js';
import type { InitialSheet, ObservedSheet } from '../contract/harness.js';
import { buildAddon, loadAddon, type AddonOptions, type LoadedAddon } from './support/addon.js';
import { assessmentSheet, provisionSheet } from './support/classes.js';
import { seed } from '../support/parity.js';

const SEED: InitialSheet = seed('seed-evaluated-map.grid.json');
const ASSESSMENTS = assessmentSheet(12);
const FILE = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

type Ok<T = unknown> = { ok: true; value: T };
type Result<T = unknown> = Ok<T> | { ok: false; error: { code: string; message: string } };
type Load = (options?: AddonOptions) => LoadedAddon;

/** The value of a successful answer (fails the test, with the error, otherwise). */
function value<T>(r: unknown): T {
  const answer = r as Result<T>;
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  return (answer as Ok<T>).value;
}

const sheet = (addon: LoadedAddon, name: string): ObservedSheet | undefined =>
  addon.fake.observe().sheets.find((s) => s.name === name);
const names = (addon: LoadedAddon): string[] => addon.fake.observe().sheets.map((s) => s.name);
const header = (s: ObservedSheet | undefined, first: string) =>
  s?.cells.find((row) => row[0] === first) ?? [];

/** The A1 address of the first live Progress formula on the Provision Map. */
function progressCell(addon: LoadedAddon): string {
  const map = sheet(addon, 'Provision Map')!;
  const row = map.cells.findIndex((r) => r.includes('Progress'));
  const col = map.cells[row]!.indexOf('Progress');
  expect(map.cells[row + 1]![col]).toMatchObject({ formula: expect.stringContaining('SUMPRODUCT') });
  return a1(row + 1, col);
}

/** A teacher overwrites a live formula; Re-evaluate (`run`) must put it back. */
function restoresFormula(load: Load, run: (addon: LoadedAddon) => void): void {
  const addon = load({ sheets: [SEED] });
  value(addon.run('panelStructure', SEED.name, { kind: 'provision' }));
  const cell = progressCell(addon);
  const planned = addon.fake.observe();
  addon.fake.typeValue('Provision Map', cell, 'typed over');
  run(addon);
  expect(addon.fake.observe()).toEqual(planned);
}

/** Sets up the tracker from the assessment sheet through the panel. */
function withTracker(load: Load): LoadedAddon {
  const addon = load({ sheets: [ASSESSMENTS] });
  value(addon.run('panelStructure', ASSESSMENTS.name, { kind: 'tracking' }));
  return addon;
}

function withPickerKeys(addon: LoadedAddon): LoadedAddon {
  addon.fake.properties.script.setProperty('PICKER_API_KEY', 'test-key');
  addon.fake.properties.script.setProperty('PICKER_APP_ID', '123456789');
  return addon;
}

const storedJob = (addon: LoadedAddon) =>
  JSON.parse(addon.fake.properties.document.getProperty(JOB_KEY) ?? 'null') as {
    cursor: number;
    state: string;
  } | null;

/** Builds the menu in AuthMode.NONE, touching no service that needs authorisation. */
function menuWithoutAuth(load: Load, trigger: string): void {
  const addon = load({ sheets: [SEED], authMode: 'NONE' });
  addon.call(trigger, { authMode: 'NONE' });
  expect(addon.fake.calls.total).toBe(0);
  expect(addon.fake.ui.menus).toHaveLength(1);
  expect(addon.fake.ui.menus[0]!.items).toEqual(
    MENU_ITEMS.map((i) => (i ? { caption: i.caption, functionName: i.fn } : 'separator')),
  );
}

/** One meaningful call of each public function, with what it should write or answer. */
const DRIVERS: Record<string, (load: Load) => void> = {
  onOpen: (load) => menuWithoutAuth(load, 'onOpen'),
  onInstall: (load) => menuWithoutAuth(load, 'onInstall'),

  menuSetUpProvisionMap: (load) => {
    const addon = load({ sheets: [SEED] });
    addon.call('menuSetUpProvisionMap');
    expect(header(sheet(addon, 'Provision Map'), 'Intervention')).toContain('Status');
    expect(addon.fake.ui.alerts).toEqual([expect.stringMatching(/Provision Map[\s\S]*11 pupils/)]);
  },
  menuSetUpTracker: (load) => {
    const addon = load({ sheets: [ASSESSMENTS] });
    addon.call('menuSetUpTracker');
    const tracker = sheet(addon, 'Tracker');
    expect(header(tracker, 'Pupil')).toEqual(expect.arrayContaining(['Sept', 'Dec', 'Mar', 'Status']));
    // One row per pupil of the assessment sheet, in its order.
    expect(tracker!.cells.slice(1).map((r) => r[0])).toEqual(ASSESSMENTS.values.slice(1).map((r) => r[0]));
    expect(addon.fake.ui.alerts).toEqual([expect.stringMatching(/Tracker[\s\S]*12 pupils/)]);
  },
  menuAddAssessmentPoint: (load) => {
    const addon = withTracker(load);
    const before = header(sheet(addon, 'Tracker'), 'Pupil').length;
    addon.call('menuAddAssessmentPoint');
    expect(header(sheet(addon, 'Tracker'), 'Pupil')).toHaveLength(before + 1);
    expect(addon.fake.ui.alerts).toEqual([expect.stringMatching(/^Add assessment point — Updated: Tracker/)]);
  },
  menuReevaluate: (load) =>
    restoresFormula(load, (addon) => {
      addon.call('menuReevaluate');
      expect(addon.fake.ui.alerts.at(-1)).toMatch(/^Re-evaluate — Updated: Provision Map/);
    }),
  menuReview: (load) => {
    const addon = load({ sheets: [SEED] });
    addon.call('menuSetUpProvisionMap');
    addon.call('menuReview');
    expect(sheet(addon, 'Review')!.cells.length).toBeGreaterThan(1);
    expect(addon.fake.ui.alerts.at(-1)).toMatch(/^Pupil progress review — Updated: Review/);
  },
  menuOpenPanel: (load) => {
    const addon = load({ sheets: [SEED] });
    addon.call('menuOpenPanel');
    expect(addon.fake.ui.sidebars[0]!.getContent()).toContain('id="app"');
    expect(addon.fake.ui.sidebars[0]!.getTitle()).toBe('provmap');
  },
  menuHelp: (load) => {
    const addon = load({ sheets: [SEED] });
    addon.call('menuHelp');
    expect(addon.fake.ui.dialogs[0]!.html.getContent()).toContain('PROVMAP_PROGRESS');
  },

  panelGetContext: (load) => {
    const addon = load({ sheets: [SEED] });
    expect(value(addon.run('panelGetContext'))).toEqual({
      host: 'sheets',
      activeSheet: SEED.name,
      sheets: [{ name: SEED.name, owned: false, hidden: false }],
      canPickFiles: true,
    });
  },
  panelGetSheetStatus: (load) => {
    const addon = load({ sheets: [SEED] });
    const status = value<{ kind: string; pupils: number; counts: { offTrack: number } }>(
      addon.run('panelGetSheetStatus', SEED.name),
    );
    expect(status).toMatchObject({ kind: 'provision', pupils: 11, counts: { offTrack: 3 } });
    expect(addon.run('panelGetSheetStatus', 'No such sheet')).toMatchObject({
      ok: false,
      error: { code: 'SHEET_NOT_FOUND' },
    });
  },
  panelPreviewStructure: (load) => {
    const addon = load({ sheets: [SEED] });
    const before = addon.fake.observe();
    const preview = value<{ kind: string; counts: { pupils: number; interventions: number } }>(
      addon.run('panelPreviewStructure', SEED.name, null),
    );
    expect(preview).toMatchObject({ kind: 'provision', counts: { pupils: 11, interventions: 4 } });
    expect(addon.fake.observe()).toEqual(before);
  },
  panelStructure: (load) => {
    const addon = load({ sheets: [SEED] });
    const outcome = value<{ sheetsWritten: string[] }>(
      addon.run('panelStructure', SEED.name, { kind: 'provision' }),
    );
    expect(outcome.sheetsWritten).toEqual(['Provision Map', 'Interventions', 'Pupils', 'Scales']);
    expect(names(addon)).toEqual([SEED.name, ...outcome.sheetsWritten]);
  },
  panelAddAssessmentPoint: (load) => {
    const addon = withTracker(load);
    value(addon.run('panelAddAssessmentPoint', 'Summer 2'));
    expect(header(sheet(addon, 'Tracker'), 'Pupil')).toContain('Summer 2');
  },
  panelReevaluate: (load) =>
    restoresFormula(load, (addon) => {
      expect(value<{ action: string }>(addon.run('panelReevaluate')).action).toBe('reevaluate');
    }),
  panelRunReview: (load) => {
    const addon = load({ sheets: [SEED] });
    value(addon.run('panelStructure', SEED.name, { kind: 'provision' }));
    const outcome = value<{ sheetsWritten: string[]; counts: { pupils: number } }>(
      addon.run('panelRunReview'),
    );
    expect(outcome).toMatchObject({ sheetsWritten: ['Review'], counts: { pupils: 11 } });
    expect(sheet(addon, 'Review')!.cells.length).toBeGreaterThan(1);
  },
  panelListClassMaps: (load) => {
    const addon = load({ sheets: [SEED, { name: 'Notes', values: [['Staff meeting notes']] }] });
    expect(value(addon.run('panelListClassMaps'))).toEqual({
      choices: [
        { source: { kind: 'tab', name: SEED.name }, suggested: true },
        { source: { kind: 'tab', name: 'Notes' }, suggested: false },
      ],
      canPickFiles: true,
    });
  },
  panelPickFiles: (load) => {
    const bare = load({ sheets: [SEED] });
    expect(bare.run('panelPickFiles')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_HOST' } });
    const addon = withPickerKeys(load({ sheets: [SEED] }));
    expect(value(addon.run('panelPickFiles'))).toEqual({ sources: [], pending: true });
    expect(addon.fake.ui.dialogs[0]!.html.getContent()).toContain('google.picker');
  },
  panelStartCollation: (load) => {
    const addon = load({ sheets: [SEED] });
    const p = value<{ state: string; total: number; next: string }>(
      addon.run('panelStartCollation', [{ kind: 'tab', name: SEED.name }]),
    );
    expect(p).toMatchObject({ state: 'running', total: 1, done: 0, next: SEED.name });
    expect(storedJob(addon)).toMatchObject({ cursor: 0, state: 'running' });
    expect(names(addon)).toEqual([SEED.name]);
  },
  panelProcessChunk: (load) => {
    const addon = load({ sheets: [SEED] });
    const { jobId } = value<{ jobId: string }>(
      addon.run('panelStartCollation', [{ kind: 'tab', name: SEED.name }]),
    );
    const p = value<{ state: string; done: number }>(addon.run('panelProcessChunk', jobId));
    expect(p).toMatchObject({ state: 'done', done: 1 });
    expect(storedJob(addon)).toMatchObject({ cursor: 1, state: 'done' });
    expect(names(addon)).toEqual(expect.arrayContaining(['School Map', 'Summary']));
  },
  panelCancelCollation: (load) => {
    const addon = load({ sheets: [SEED, provisionSheet(8, 'Class 5')] });
    const tabs = [SEED.name, 'Class 5'].map((name) => ({ kind: 'tab', name }));
    const { jobId } = value<{ jobId: string }>(addon.run('panelStartCollation', tabs));
    expect(value(addon.run('panelCancelCollation', jobId))).toMatchObject({ state: 'cancelled', done: 0 });
    expect(value(addon.run('panelProcessChunk', jobId))).toMatchObject({ state: 'cancelled', done: 0 });
    expect(storedJob(addon)).toMatchObject({ cursor: 0, state: 'cancelled' });
    expect(names(addon)).not.toContain('School Map');
  },
  panelSelectCell: (load) => {
    const addon = load({ sheets: [SEED] });
    expect(value(addon.run('panelSelectCell', SEED.name, 'B5'))).toBeNull();
    expect(addon.fake.selection()).toEqual({ sheet: SEED.name, a1: 'B5' });
  },
  panelGenerateSummary: (load) => {
    const addon = load({ sheets: [SEED] });
    value(addon.run('panelStructure', SEED.name, { kind: 'provision' }));
    const figures = value<{ sheet: string; headline: { pupilsInProvision: number; enrolments: number } }>(
      addon.run('panelGenerateSummary'),
    );
    expect(figures).toMatchObject({
      sheet: 'Provision Map',
      headline: { pupilsInProvision: 11, enrolments: 19 },
    });
    expect(sheet(addon, 'Summary')!.cells.length).toBeGreaterThan(10);
  },
  panelGetLeaderFigures: (load) => {
    const addon = load({ sheets: [SEED] });
    expect(value(addon.run('panelGetLeaderFigures'))).toBeNull();
    value(addon.run('panelStructure', SEED.name, { kind: 'provision' }));
    const before = addon.fake.observe();
    const figures = value<{ headline: { pupilsInProvision: number } }>(addon.run('panelGetLeaderFigures'));
    expect(figures.headline.pupilsInProvision).toBe(11);
    expect(addon.fake.observe()).toEqual(before);
  },
  panelGetSettings: (load) => {
    const addon = load({ sheets: [SEED] });
    const view = value<{ settings: { currency: string }; scales: { id: string }[] }>(
      addon.run('panelGetSettings'),
    );
    expect(view.settings.currency).toBe('£');
    expect(view.scales.map((s) => s.id)).toContain('nc-sublevels');
  },
  panelSaveSettings: (load) => {
    const addon = load({ sheets: [SEED] });
    const { settings } = value<{ settings: Record<string, unknown> }>(addon.run('panelGetSettings'));
    const mine = { ...settings, currency: '€', expectedStepsPerYear: { 'nc-sublevels': { KS2: 3 } } };
    expect(value<{ settings: unknown }>(addon.run('panelSaveSettings', mine)).settings).toEqual(mine);
    expect(value<{ settings: unknown }>(addon.run('panelGetSettings')).settings).toEqual(mine);
    expect(addon.run('panelSaveSettings', { ...mine, weeksPerTerm: 0 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_SETTINGS' },
    });
    expect(value<{ settings: unknown }>(addon.run('panelGetSettings')).settings).toEqual(mine);
  },

  pickerGetConfig: (load) => {
    const addon = withPickerKeys(load({ sheets: [SEED] }));
    expect(value(addon.run('pickerGetConfig'))).toEqual({
      oauthToken: 'fake-oauth-token',
      developerKey: 'test-key',
      appId: '123456789',
    });
  },
  pickerFilesChosen: (load) => {
    const addon = load({ sheets: [SEED] });
    addon.fake.addFile(FILE, 'Class 2 map', [{ ...SEED, name: 'Autumn' }], true);
    const chosen = [
      { id: FILE, name: 'Class 2 map' },
      { id: 'bad id!', name: 'x' },
    ];
    expect(value(addon.run('pickerFilesChosen', chosen))).toBe(1);
    const list = value<{ choices: { source: unknown }[] }>(addon.run('panelListClassMaps'));
    expect(list.choices.map((c) => c.source)).toContainEqual({ kind: 'file', id: FILE, name: 'Class 2 map' });
  },

  PROVMAP_PROGRESS: (load) => {
    const addon = load({ sheets: [SEED], authMode: 'CUSTOM_FUNCTION' });
    expect(addon.call('PROVMAP_PROGRESS', [['2c'], ['3c']], [['2a'], ['3b']])).toEqual([[2], [1]]);
    expect(addon.call('PROVMAP_PROGRESS', '2c', '')).toBe('');
  },
  PROVMAP_STATUS: (load) => {
    const addon = load({ sheets: [SEED], authMode: 'CUSTOM_FUNCTION' });
    expect(addon.call('PROVMAP_STATUS', '2c', 'Plus one sub-level.', '2b')).toBe('met');
    expect(addon.call('PROVMAP_STATUS', '2c', 'Plus two sub-levels.', '2b')).toBe('partly met');
  },
  PROVMAP_STEPS: (load) => {
    const addon = load({ sheets: [SEED], authMode: 'CUSTOM_FUNCTION' });
    expect(addon.call('PROVMAP_STEPS', [['1', '5']], 'leuven-wellbeing')).toEqual([[1, 5]]);
    expect(() => addon.call('PROVMAP_STEPS', '2c', 'martian')).toThrow(/Unknown scale/);
  },
};

/** Loads the add-on with each top-level function wrapped, so a case proves it called its function. */
function loader(called: Set<string>): Load {
  return (options = {}) => {
    const addon = loadAddon(options);
    const globals = addon.context as Record<string, unknown>;
    for (const name of addon.functions()) {
      const f = globals[name] as (...a: unknown[]) => unknown;
      globals[name] = (...a: unknown[]) => {
        called.add(name);
        return f(...a);
      };
    }
    return addon;
  };
}

beforeAll(() => {
  buildAddon();
});

describe('every public function of the built add-on', () => {
  it('has a case here, for exactly the functions the build defines', () => {
    expect(Object.keys(DRIVERS).sort()).toEqual(loadAddon().functions());
  });

  for (const name of Object.keys(PUBLIC_FUNCTIONS))
    it(`${name} (${PUBLIC_FUNCTIONS[name]})`, () => {
      const drive = DRIVERS[name];
      expect(drive, `no case drives ${name}`).toBeDefined();
      const called = new Set<string>();
      drive!(loader(called));
      expect(called.has(name), `${name} was called through the bundle`).toBe(true);
    });
});
