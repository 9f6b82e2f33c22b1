// School settings kept in the workbook's own key-value store (document properties, Office settings).

import type { MaybePromise } from '../../core/host.js';
import { ScaleRegistry } from '../../core/scales/index.js';
import { resolveSettings, type Settings } from '../../core/settings.js';
import type { ScaleInfo, SettingsView } from '../bridge.js';
import { step } from './maybe.js';

/** A string store that lives in the spreadsheet: Apps Script document properties, Office document settings. */
export interface KeyValueStore {
  get(key: string): MaybePromise<string | null>;
  set(key: string, value: string): MaybePromise<void>;
  delete(key: string): MaybePromise<void>;
}

/** The store key of the school's settings. Settings hold no pupil data (LIMITS safety rule 7). */
export const SETTINGS_KEY = 'provmap.settings';

function parse(json: string | null): Partial<Settings> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Partial<Settings>)
      : {};
  } catch {
    // Unreadable stored settings fall back to the defaults rather than lock the panel.
    return {};
  }
}

/** Settings from the store, defaults filled in. Stored settings that no longer validate give the defaults. */
export function loadSettings(store: KeyValueStore): MaybePromise<Settings> {
  return step(store.get(SETTINGS_KEY), (json) => {
    const partial = parse(json);
    try {
      const s = resolveSettings(partial);
      new ScaleRegistry(s.schoolScales);
      return s;
    } catch {
      return resolveSettings();
    }
  });
}

/** Validates (throws SettingsError) and stores settings; returns them resolved. */
export function saveSettings(store: KeyValueStore, settings: Partial<Settings>): MaybePromise<Settings> {
  const resolved = resolveSettings(settings);
  new ScaleRegistry(resolved.schoolScales);
  return step(store.set(SETTINGS_KEY, JSON.stringify(resolved)), () => resolved);
}

/** The settings plus the scales the form offers. */
export function settingsView(settings: Settings): SettingsView {
  const registry = new ScaleRegistry(settings.schoolScales);
  const school = new Set(settings.schoolScales.map((s) => s.id));
  const scales: ScaleInfo[] = registry.all().map((s) => ({
    id: s.id,
    name: s.name,
    stepName: s.stepName,
    builtIn: !school.has(s.id),
    tolerance: s.tolerance,
    expectedStepsPerYear: { ...s.expectedStepsPerYear },
  }));
  return { settings, scales };
}
