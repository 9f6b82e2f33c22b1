// What an action works with: resolved settings, the scale registry and the owned sheets it was given.

import type { Diagnostic } from '../diagnostics.js';
import type { Grid } from '../grid.js';
import { ScaleRegistry } from '../scales/index.js';
import { resolveSettings, type Settings } from '../settings.js';
import type { ActionInput } from './types.js';

/** An action's working context. */
export interface ActionContext {
  settings: Settings;
  scales: ScaleRegistry;
  today: string;
  /** The owned sheet of this name as read, or null when the workbook has none. */
  grid(name: string): Grid | null;
  /** Diagnostics gathered on the way, reported at the end (duplicates dropped). */
  diagnostics: Diagnostic[];
}

/** Builds the context; throws SettingsError for settings that cannot be used. */
export function actionContext(input: ActionInput): ActionContext {
  const settings = resolveSettings(input.settings);
  const scales = new ScaleRegistry(settings.schoolScales);
  const byName = new Map(input.workbook.map((g) => [g.sheet, g]));
  return {
    settings,
    scales,
    today: input.today ?? new Date().toISOString().slice(0, 10),
    grid: (name) => byName.get(name) ?? null,
    diagnostics: [],
  };
}

/** Diagnostics with repeats (same sheet, cell, code and message) removed, in first-seen order. */
export function uniqueDiagnostics(items: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return items.filter((d) => {
    const key = `${d.sheet}\u0000${d.cell}\u0000${d.code}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
