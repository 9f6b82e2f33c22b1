// The panel server over the Sheets host on the fake SpreadsheetApp: plain synchronous answers for
// google.script.run, errors as data with their codes, the collation job, settings, and the same answers
// through the Office bridge over an asynchronous host.
import { describe, expect, it } from 'vitest';
import { ProvmapError } from '../../../core/errors.js';
import type { Grid } from '../../../core/grid.js';
import type { WorkbookHost } from '../../../core/host.js';
import { SHEET } from '../../../core/plan/sheet-names.js';
import { createSheetsHost } from '../../../apps-script/host/index.js';
import { BRIDGE_METHODS } from '../../../ui/bridge.js';
import { createOfficeBridge } from '../../../ui/bridges/office.js';
import { SERVER_FUNCTIONS, type ServerResult } from '../../../ui/server-functions.js';
import type { PanelServerDeps } from '../../../ui/server/deps.js';
import { createPanelServer } from '../../../ui/server/panel-server.js';
import { serverFunctions } from '../../../ui/server/server-functions.js';
import { JOB_KEY } from '../../../ui/server/collation.js';
import { SETTINGS_KEY } from '../../../ui/server/stored-settings.js';
import type { InitialSheet } from '../../contract/harness.js';
import { createFakeGoogle } from '../../fakes/spreadsheet-app/index.js';
import { classMaps, pupilsOf, teacherMap } from '../support/workbooks.js';

function setup(sheets: InitialSheet[], extra: Partial<PanelServerDeps> = {}) {
  const fake = createFakeGoogle({ sheets });
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const props = fake.properties.document;
  const host = createSheetsHost(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, {
    app: app as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
    utilities: fake.globals.Utilities as unknown as GoogleAppsScript.Utilities.Utilities,
  });
  const deps: PanelServerDeps = {
    hostName: 'sheets',
    host,
    activeSheet: () => ss.getActiveSheet().getName(),
    selectCell: () => undefined,
    store: {
      get: (k) => props.getProperty(k),
      set: (k, v) => void props.setProperty(k, v),
      delete: (k) => void props.deleteProperty(k),
    },
    chunkBudgetMs: 0,
    ...extra,
  };
  return { fake, deps, fns: serverFunctions(createPanelServer(deps)) };
}

/** Calls a server function as Apps Script would: the answer must already be a plain value. */
function call<T>(
  fns: ReturnType<typeof serverFunctions>,
  name: keyof typeof fns,
  ...args: unknown[]
): ServerResult<T> {
  const r = fns[name](...args);
  expect(r).not.toBeInstanceOf(Promise);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  return r as ServerResult<T>;
}

function value<T>(r: ServerResult<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const pupilColumn = (g: ReturnType<typeof createFakeGoogle>, sheet: string): string[] => {
  const s = g.observe().sheets.find((x) => x.name === sheet)!;
  const header = s.cells.findIndex((r) => r.includes('Pupil'));
  const col = s.cells[header]!.indexOf('Pupil');
  return s.cells.slice(header + 1).map((r) => String(r[col]));
};

describe('serverFunctions', () => {
  it('is exactly the allow-list SERVER_FUNCTIONS names, one per bridge method', () => {
    const { fns } = setup([teacherMap()]);
    expect(Object.keys(fns).sort()).toEqual(Object.values(SERVER_FUNCTIONS).sort());
    expect(Object.keys(SERVER_FUNCTIONS).sort()).toEqual([...BRIDGE_METHODS].sort());
  });

  it('answers synchronously with plain data over the synchronous Sheets host', () => {
    const source = teacherMap();
    const { fns } = setup([source]);
    const ctx = value(call<{ activeSheet: string; sheets: { name: string }[] }>(fns, 'panelGetContext'));
    expect(ctx.activeSheet).toBe(source.name);
    const status = value(call<{ kind: string }>(fns, 'panelGetSheetStatus', source.name));
    expect(status.kind).toBe('provision');
    const outcome = value(
      call<{ sheetsWritten: string[] }>(fns, 'panelStructure', source.name, { columns: { '7': 'exit' } }),
    );
    expect(outcome.sheetsWritten).toContain(SHEET.provisionMap);
  });

  it('sends failures as data with their stable codes', () => {
    const { fns } = setup([teacherMap()]);
    const missing = call(fns, 'panelGetSheetStatus', 'No such tab');
    expect(missing).toEqual({
      ok: false,
      error: { code: 'SHEET_NOT_FOUND', message: expect.stringContaining('No such tab') },
    });
    const notes = setup([{ name: 'Notes', values: [['hello']] }]).fns;
    const none = call(notes, 'panelStructure', 'Notes', {});
    expect(none.ok === false && none.error.code).toBe('NO_TABLE_FOUND');
    const badScale = call(fns, 'panelStructure', teacherMap().name, { scaleId: 'no-such-scale' });
    expect(badScale.ok === false && badScale.error.code).toBe('UNKNOWN_SCALE');
  });

  it('says BUSY when another action holds the lock, and writes nothing', () => {
    const source = teacherMap();
    const { fns, fake } = setup([source], {
      exclusive: () => {
        throw new ProvmapError('BUSY', 'Another provmap action is running.');
      },
    });
    const r = call(fns, 'panelStructure', source.name, {});
    expect(r.ok === false && r.error.code).toBe('BUSY');
    expect(fake.observe().sheets.map((s) => s.name)).toEqual([source.name]);
  });
});

describe('settings', () => {
  it('are stored as JSON under one key and read back; unusable ones are refused with BAD_SETTINGS', () => {
    const { fns, fake } = setup([teacherMap()]);
    const view = value(
      call<{ settings: { weeksPerTerm: number }; scales: { id: string }[] }>(fns, 'panelGetSettings'),
    );
    expect(view.scales.map((s) => s.id)).toContain('nc-sublevels');
    const saved = value(
      call<{ settings: { weeksPerTerm: number } }>(fns, 'panelSaveSettings', {
        ...view.settings,
        weeksPerTerm: 13,
      }),
    );
    expect(saved.settings.weeksPerTerm).toBe(13);
    expect(JSON.parse(fake.properties.document.data.get(SETTINGS_KEY)!).weeksPerTerm).toBe(13);
    const bad = call(fns, 'panelSaveSettings', { ...view.settings, tolerance: { 'nc-sublevels': -1 } });
    expect(bad.ok === false && bad.error.code).toBe('BAD_SETTINGS');
    expect(JSON.parse(fake.properties.document.data.get(SETTINGS_KEY)!).tolerance).toEqual({});
  });

  it('fall back to the defaults when the stored value cannot be read', () => {
    const { fns, fake } = setup([teacherMap()]);
    fake.properties.document.data.set(SETTINGS_KEY, '{not json');
    const view = value(call<{ settings: { weeksPerTerm: number } }>(fns, 'panelGetSettings'));
    expect(view.settings.weeksPerTerm).toBe(12);
  });

  it('school scales appear among the scales the form offers', () => {
    const { fns } = setup([teacherMap()]);
    const view = value(call<{ settings: object }>(fns, 'panelGetSettings'));
    const scale = {
      id: 'school-phonics',
      name: 'Phonics phases',
      stepName: 'phase',
      steps: [{ label: 'P1' }, { label: 'P2' }],
      parser: 'labels',
      tolerance: 0,
      expectedStepsPerYear: {},
    };
    const saved = value(
      call<{ scales: { id: string; builtIn: boolean }[] }>(fns, 'panelSaveSettings', {
        ...view.settings,
        schoolScales: [scale],
      }),
    );
    expect(saved.scales.find((s) => s.id === 'school-phonics')).toMatchObject({ builtIn: false });
  });
});

describe('the collation job', () => {
  const tabs = (maps: InitialSheet[]) => maps.map((m) => ({ kind: 'tab' as const, name: m.name }));

  it('moves one class map per call, keeps only ids and a cursor in the store, and ends done', () => {
    const maps = classMaps();
    const { fns, fake } = setup(maps);
    let p = value(
      call<{ jobId: string; state: string; done: number; total: number; next: string | null }>(
        fns,
        'panelStartCollation',
        tabs(maps),
      ),
    );
    expect(p).toMatchObject({ state: 'running', done: 0, total: 3, next: maps[0]!.name });
    const stored = fake.properties.document.data.get(JOB_KEY)!;
    for (const name of maps.flatMap(pupilsOf)) expect(stored).not.toContain(name);
    const seen: number[] = [];
    while (p.state === 'running') {
      p = value(call(fns, 'panelProcessChunk', p.jobId));
      seen.push(p.done);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(p.state).toBe('done');
    expect(new Set(pupilColumn(fake, SHEET.schoolMap))).toEqual(new Set(maps.flatMap(pupilsOf)));
  });

  it('a cancel that arrives while a chunk works survives that chunk', () => {
    const maps = classMaps();
    let jobId = '';
    let cancelled = false;
    const built = setup(maps);
    // Cancel from another execution (its own server over the same document) while the first chunk writes.
    const host: WorkbookHost = {
      listSheets: () => built.deps.host.listSheets(),
      readGrids: (n) => built.deps.host.readGrids(n),
      applyPlan: (plan) => {
        if (!cancelled) {
          cancelled = true;
          value(call(built.fns, 'panelCancelCollation', jobId));
        }
        return built.deps.host.applyPlan(plan);
      },
    };
    const fns = serverFunctions(createPanelServer({ ...built.deps, host }));
    jobId = value(call<{ jobId: string }>(fns, 'panelStartCollation', tabs(maps))).jobId;
    const p = value(call<{ state: string; done: number }>(fns, 'panelProcessChunk', jobId));
    expect(p).toMatchObject({ state: 'cancelled', done: 1 });
    const again = value(call<{ state: string; done: number }>(fns, 'panelProcessChunk', jobId));
    expect(again).toMatchObject({ state: 'cancelled', done: 1 });
    expect(new Set(pupilColumn(built.fake, SHEET.schoolMap))).toEqual(new Set(pupilsOf(maps[0]!)));
  });

  it('reads a job replaced by a newer one as cancelled', () => {
    const maps = classMaps();
    const { fns } = setup(maps);
    const first = value(call<{ jobId: string }>(fns, 'panelStartCollation', tabs(maps)));
    value(call(fns, 'panelStartCollation', tabs(maps)));
    expect(value(call<{ state: string }>(fns, 'panelProcessChunk', first.jobId)).state).toBe('cancelled');
  });

  it('reads picked files through the host’s file source and names their rows by file and sheet', () => {
    const maps = classMaps();
    const file: Grid = { sheet: maps[2]!.name, values: maps[2]!.values, merges: [] };
    const { fns, fake } = setup(maps.slice(0, 1), {
      files: {
        pick: () => ({ sources: [{ kind: 'file', id: 'f1', name: '4C.xlsx' }], pending: false }),
        list: () => [{ kind: 'file', id: 'f1', name: '4C.xlsx' }],
        read: (id) => {
          expect(id).toBe('f1');
          return { name: '4C.xlsx', grids: [file, { sheet: 'Cover', values: [['Class 4C']], merges: [] }] };
        },
      },
    });
    const list = value(
      call<{ choices: { source: { kind: string } }[]; canPickFiles: boolean }>(fns, 'panelListClassMaps'),
    );
    expect(list.canPickFiles).toBe(true);
    expect(list.choices.some((c) => c.source.kind === 'file')).toBe(true);
    let p = value(
      call<{ jobId: string; state: string }>(fns, 'panelStartCollation', [
        ...tabs(maps.slice(0, 1)),
        { kind: 'file', id: 'f1', name: '4C.xlsx' },
      ]),
    );
    while (p.state === 'running') p = value(call(fns, 'panelProcessChunk', p.jobId));
    const s = fake.observe().sheets.find((x) => x.name === SHEET.schoolMap)!;
    expect(s.cells.flat()).toContain(`4C.xlsx › ${maps[2]!.name}`);
    expect(new Set(pupilColumn(fake, SHEET.schoolMap))).toEqual(
      new Set([...pupilsOf(maps[0]!), ...pupilsOf(maps[2]!)]),
    );
  });

  it('takes a structured file’s Provision Map once, with SEN from its Pupils sheet', () => {
    const table = [
      ['Intervention', 'Pupil', 'Entry', 'Target', 'Exit'],
      ['Reading boost', 'Gus Hart', '2c', '2b', '2b'],
      ['Reading boost', 'Ivy Nash', '2b', '2a', '2b'],
    ];
    const grids: Grid[] = [
      { sheet: '5A', values: table, merges: [] },
      { sheet: SHEET.provisionMap, values: table, merges: [] },
      {
        sheet: SHEET.pupils,
        values: [
          ['Pupil', 'SEN', 'PP'],
          ['Gus Hart', 'K', 'Y'],
          ['Ivy Nash', 'E', 'N'],
        ],
        merges: [],
      },
    ];
    const source = { kind: 'file', id: 'f1', name: '5A.xlsx' } as const;
    const { fns, fake } = setup(classMaps().slice(0, 1), {
      files: {
        pick: () => ({ sources: [source], pending: false }),
        list: () => [source],
        read: () => ({ name: '5A.xlsx', grids }),
      },
    });
    let p = value(call<{ jobId: string; state: string }>(fns, 'panelStartCollation', [source]));
    while (p.state === 'running') p = value(call(fns, 'panelProcessChunk', p.jobId));
    const s = fake.observe().sheets.find((x) => x.name === SHEET.schoolMap)!;
    const header = s.cells.findIndex((r) => r.includes('Pupil'));
    const col = (name: string) => s.cells[header]!.indexOf(name);
    const rows = s.cells.slice(header + 1).map((r) => [r[col('Source')], r[col('Pupil')], r[col('SEN')]]);
    expect(rows).toEqual([
      [`5A.xlsx › ${SHEET.provisionMap}`, 'Gus Hart', 'K'],
      [`5A.xlsx › ${SHEET.provisionMap}`, 'Ivy Nash', 'E'],
    ]);
  });

  it('leaves out a tab with no provision map, saying so with its sheet', () => {
    const maps = classMaps().slice(0, 1);
    const { fns } = setup([
      ...maps,
      {
        name: 'Rota',
        values: [
          ['Mon', 'Tue'],
          ['x', 'y'],
        ],
      },
    ]);
    const start = value(
      call<{ jobId: string }>(fns, 'panelStartCollation', [{ kind: 'tab', name: 'Rota' }, ...tabs(maps)]),
    );
    const p = value(
      call<{ diagnostics: { sheet: string; code: string }[]; done: number }>(
        fns,
        'panelProcessChunk',
        start.jobId,
      ),
    );
    expect(p.done).toBe(1);
    expect(p.diagnostics).toEqual([
      expect.objectContaining({ sheet: 'Rota', cell: 'A1', severity: 'warning' }),
    ]);
  });
});

describe('createOfficeBridge', () => {
  it('gives the same answers over an asynchronous host as google.script.run over the synchronous one', async () => {
    const source = teacherMap();
    const sync = setup([source]);
    const other = setup([source]);
    const asyncHost: WorkbookHost = {
      listSheets: async () => other.deps.host.listSheets(),
      readGrids: async (n) => other.deps.host.readGrids(n),
      applyPlan: async (p) => other.deps.host.applyPlan(p),
    };
    const { hostName: _hostName, ...side } = { ...other.deps, host: asyncHost };
    const bridge = createOfficeBridge(side);
    const viaBridge = await bridge.previewStructure(source.name, null);
    expect(viaBridge).toEqual(value(call(sync.fns, 'panelPreviewStructure', source.name, null)));
    const outcome = await bridge.structure(source.name, { columns: { '7': 'exit' } });
    expect(outcome).toEqual(
      value(call(sync.fns, 'panelStructure', source.name, { columns: { '7': 'exit' } })),
    );
    expect((await bridge.getContext()).host).toBe('excel');
    await expect(bridge.getSheetStatus('Nope')).rejects.toMatchObject({
      name: 'BridgeError',
      code: 'SHEET_NOT_FOUND',
    });
  });
});
