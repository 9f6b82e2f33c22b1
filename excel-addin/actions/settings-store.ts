// School settings kept in the workbook (Office document settings): configuration only, never pupil data.

import { SettingsError } from '../../core/errors.js';
import { DEFAULT_SETTINGS, resolveSettings } from '../../core/settings.js';
import type { Settings } from '../../core/settings.js';

/** The part of Office.Settings provmap uses. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export const SETTINGS_KEY = 'provmap.settings';

const ALLOWED = new Set(Object.keys(DEFAULT_SETTINGS));

/** Keeps only known settings keys, so nothing else (such as pupil data) can be stored by mistake. */
export function onlySettings(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (ALLOWED.has(k)) out[k] = v;
  return out as Partial<Settings>;
}

/** Reads and writes the workbook's provmap settings. */
export class SettingsStore {
  constructor(private readonly doc: DocumentSettings) {}

  /** The stored settings (unknown keys dropped); throws SettingsError when they cannot be used. */
  load(): Partial<Settings> {
    const raw = this.doc.get(SETTINGS_KEY);
    if (raw === null || raw === undefined) return {};
    let parsed: unknown = raw;
    if (typeof raw === 'string') {
      try {
        parsed = JSON.parse(raw);
      } catch {
        throw new SettingsError(
          'The provmap settings saved in this workbook are damaged; save them again from the panel.',
        );
      }
    }
    const partial = onlySettings(parsed);
    resolveSettings(partial);
    return partial;
  }

  /** Checks and saves settings with the workbook. */
  async save(settings: Partial<Settings>): Promise<void> {
    const partial = onlySettings(settings);
    resolveSettings(partial);
    this.doc.set(SETTINGS_KEY, JSON.stringify(partial));
    await new Promise<void>((resolve, reject) =>
      this.doc.saveAsync((r) =>
        r.status === 'succeeded'
          ? resolve()
          : reject(new Error(r.error?.message ?? 'Excel could not save the settings.')),
      ),
    );
  }
}
