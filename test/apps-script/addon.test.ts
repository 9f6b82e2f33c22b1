// The built add-on (Code.js + Bundle.js) in a vm context over the fake services, driven as Apps Script
// drives it: onOpen in AuthMode.NONE, menu items, google.script.run calls and custom functions.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MENU_ITEMS } from '../../apps-script/menu.js';
import { PUBLIC_FUNCTIONS } from '../../apps-script/public-functions.js';
import type { Grid } from '../../core/grid.js';
import type { InitialSheet } from '../contract/harness.js';
import { ROOT } from '../support/paths.js';
import { buildAddon, loadAddon } from './support/addon.js';

const seed = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/import/seed-evaluated-map.grid.json'), 'utf8'),
) as Grid;
const SEED: InitialSheet = {
  name: seed.sheet,
  values: seed.values.map((row) => row.map((v) => (v instanceof Date ? v.toISOString() : v))),
  merges: seed.merges,
};
const PUPILS = ['Amy', 'Joe', 'Dan', 'Fred', 'Bob', 'Max', 'Carl', 'Jane', 'Sara', 'Jack', 'Tim'];

type Result = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

beforeAll(() => {
  buildAddon();
});

describe('the built add-on', () => {
  it('defines exactly the allow-listed top-level functions, and one bundle variable', () => {
    const addon = loadAddon();
    expect(addon.functions()).toEqual(Object.keys(PUBLIC_FUNCTIONS).sort());
    expect(addon.others()).toEqual(['provmap_']);
  });

  it('loads and builds the add-on menu in AuthMode.NONE without touching the spreadsheet or properties', () => {
    const addon = loadAddon({ sheets: [SEED], authMode: 'NONE' });
    const before = addon.fake.calls.total;
    expect(before).toBe(0);
    addon.call('onOpen', { authMode: 'NONE' });
    addon.call('onInstall', { authMode: 'NONE' });
    expect(addon.fake.calls.total).toBe(before);
    const [menu] = addon.fake.ui.menus;
    expect(menu!.addon).toBe(true);
    expect(menu!.items).toEqual(
      MENU_ITEMS.map((i) => (i ? { caption: i.caption, functionName: i.fn } : 'separator')),
    );
    for (const item of menu!.items)
      if (item !== 'separator') expect(PUBLIC_FUNCTIONS[item.functionName]).toBe('menu');
  });

  it("sets up a provision map from the teacher's sheet, leaving that sheet as it was, and says what it did", () => {
    const addon = loadAddon({ sheets: [SEED] });
    const teacherBefore = addon.fake.observe().sheets[0];
    addon.call('menuSetUpProvisionMap');
    const wb = addon.fake.observe();
    expect(wb.sheets[0]).toEqual(teacherBefore);
    expect(wb.sheets.map((s) => s.name)).toContain('Provision Map');
    expect(addon.fake.ui.alerts).toHaveLength(1);
    expect(addon.fake.ui.alerts[0]).toMatch(/Provision Map/);
    // Re-running changes nothing.
    addon.call('menuReevaluate');
    const again = addon.fake.observe();
    addon.call('menuReevaluate');
    expect(addon.fake.observe()).toEqual(again);
  });

  it('says "busy" to a second run while another holds the lock, and writes nothing', () => {
    const addon = loadAddon({ sheets: [SEED] });
    addon.call('menuSetUpProvisionMap');
    const before = addon.fake.observe();
    addon.fake.lock.holder = 'other';
    addon.call('menuReevaluate');
    expect(addon.fake.ui.alerts.at(-1)).toMatch(/already working/);
    const answer = addon.run('panelReevaluate') as Result;
    expect(answer).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(addon.fake.observe()).toEqual(before);
  });

  it('answers the panel through google.script.run with plain, JSON-safe results', () => {
    const addon = loadAddon({ sheets: [SEED] });
    const context = addon.run('panelGetContext') as Result;
    expect(context).toMatchObject({
      ok: true,
      value: { host: 'sheets', activeSheet: SEED.name, canPickFiles: true },
    });
    const missing = addon.run('panelGetSheetStatus', 'No such sheet') as Result;
    expect(missing).toMatchObject({ ok: false, error: { code: 'SHEET_NOT_FOUND' } });
    const selected = addon.run('panelSelectCell', SEED.name, 'B5') as Result;
    expect(selected.ok).toBe(true);
    expect(addon.fake.selection()).toEqual({ sheet: SEED.name, a1: 'B5' });
  });

  it('opens the panel and the help as HTML files of the project', () => {
    const addon = loadAddon({ sheets: [SEED] });
    addon.call('menuOpenPanel');
    addon.call('menuHelp');
    expect(addon.fake.ui.sidebars[0]!.getContent()).toContain('id="app"');
    expect(addon.fake.ui.sidebars[0]!.getTitle()).toBe('provmap');
    expect(addon.fake.ui.dialogs[0]!.html.getContent()).toContain('PROVMAP_PROGRESS');
  });

  it('evaluates custom functions over single values and ranges, reading nothing it may not', () => {
    const addon = loadAddon({ sheets: [SEED] });
    addon.fake.env.authMode = 'CUSTOM_FUNCTION';
    expect(addon.call('PROVMAP_PROGRESS', [['2c'], ['3c']], [['2a'], ['3b']])).toEqual([[2], [1]]);
    expect(addon.call('PROVMAP_STATUS', '2c', 'Plus one sub-level.', '2b')).toBe('met');
    expect(addon.call('PROVMAP_STEPS', [['1', '5']], 'leuven-wellbeing')).toEqual([[1, 5]]);
    expect(() => addon.call('PROVMAP_STEPS', '2c', 'martian')).toThrow(/Unknown scale/);
  });
});

describe('class maps in other files (Picker + Sheets advanced service)', () => {
  const FILE = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

  it('refuses to open the Picker until a deployment sets its keys', () => {
    const addon = loadAddon({ sheets: [SEED] });
    expect(addon.run('panelPickFiles')).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_HOST' } });
    expect(addon.fake.ui.dialogs).toHaveLength(0);
  });

  it('opens the Picker, remembers only ids and names, and collates picked files and tabs', () => {
    const addon = loadAddon({ sheets: [SEED] });
    addon.fake.properties.script.setProperty('PICKER_API_KEY', 'test-key');
    addon.fake.properties.script.setProperty('PICKER_APP_ID', '123456789');
    expect(addon.run('panelPickFiles')).toEqual({ ok: true, value: { sources: [], pending: true } });
    expect(addon.fake.ui.dialogs[0]!.html.getContent()).toContain('google.picker');
    expect(addon.run('pickerGetConfig')).toEqual({
      ok: true,
      value: { oauthToken: 'fake-oauth-token', developerKey: 'test-key', appId: '123456789' },
    });
    // The user picks a colleague's file: drive.file now lets the add-on read it.
    addon.fake.addFile(FILE, 'Class 2 map', [{ ...SEED, name: 'Autumn' }], true);
    expect(
      addon.run('pickerFilesChosen', [
        { id: FILE, name: 'Class 2 map' },
        { id: 'bad id!', name: 'x' },
      ]),
    ).toEqual({
      ok: true,
      value: 1,
    });
    const list = addon.run('panelListClassMaps') as Result;
    const choices = (list.value as { choices: { source: { kind: string; name: string } }[] }).choices;
    expect(choices.map((c) => c.source)).toContainEqual({ kind: 'file', id: FILE, name: 'Class 2 map' });

    const started = addon.run('panelStartCollation', [
      { kind: 'tab', name: SEED.name },
      { kind: 'file', id: FILE, name: 'Class 2 map' },
    ]) as Result;
    let progress = started.value as { jobId: string; state: string };
    for (let i = 0; i < 10 && progress.state === 'running'; i++) {
      const r = addon.run('panelProcessChunk', progress.jobId) as Result;
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      progress = r.value as typeof progress;
    }
    expect(progress.state).toBe('done');
    // Collation writes the school map and the leaders' summary.
    expect(addon.fake.observe().sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['School Map', 'Summary']),
    );
    // Safety rule 7: the document's properties hold no pupil names.
    for (const value of addon.fake.properties.document.data.values())
      for (const pupil of PUPILS) expect(value).not.toMatch(new RegExp(`\\b${pupil}\\b`));
  });

  it('cannot read a file the user did not pick, even if asked for its id', () => {
    const addon = loadAddon({ sheets: [SEED] });
    addon.fake.addFile(FILE, 'Class 2 map', [{ ...SEED, name: 'Autumn' }], false);
    addon.run('pickerFilesChosen', [{ id: FILE, name: 'Class 2 map' }]);
    const started = addon.run('panelStartCollation', [
      { kind: 'file', id: FILE, name: 'Class 2 map' },
    ]) as Result;
    const r = addon.run('panelProcessChunk', (started.value as { jobId: string }).jobId) as Result;
    expect(r).toMatchObject({ ok: false, error: { code: 'SHEET_NOT_FOUND' } });
    expect(addon.fake.observe().sheets.map((s) => s.name)).not.toContain('School Map');
  });
});
