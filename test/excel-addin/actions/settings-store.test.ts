// Settings live in the workbook's document settings: known keys only, checked, never pupil data.

import { describe, expect, it } from 'vitest';
import { SETTINGS_KEY, SettingsStore } from '../../../excel-addin/actions/index.js';

function memory() {
  const values = new Map<string, unknown>();
  let saves = 0;
  return {
    values,
    saves: () => saves,
    doc: {
      get: (k: string) => values.get(k),
      set: (k: string, v: unknown) => void values.set(k, v),
      saveAsync: (cb?: (r: { status: string }) => void) => {
        saves++;
        cb?.({ status: 'succeeded' });
      },
    },
  };
}

describe('SettingsStore', () => {
  it('saves and loads school settings, dropping keys that are not settings', async () => {
    const m = memory();
    const store = new SettingsStore(m.doc);
    await store.save({ weeksPerTerm: 13, pupils: [{ name: 'Amy', sen: 'E' }] } as never);
    expect(m.saves()).toBe(1);
    expect(String(m.values.get(SETTINGS_KEY))).not.toMatch(/Amy/);
    expect(store.load()).toEqual({ weeksPerTerm: 13 });
  });

  it('refuses settings that cannot be used, and reports damaged ones', async () => {
    const m = memory();
    const store = new SettingsStore(m.doc);
    await expect(store.save({ weeksPerTerm: -1 })).rejects.toMatchObject({ code: 'BAD_SETTINGS' });
    expect(m.saves()).toBe(0);
    m.values.set(SETTINGS_KEY, '{not json');
    expect(() => store.load()).toThrow(/damaged/);
  });
});
