// What an action works with: resolved settings, the scale registry and the owned sheets it was given.

import type { Diagnostic } from '../diagnostics.js';
import type { Grid } from '../grid.js';
import { ScaleRegistry } from '../scales/index.js';
import { resolveSettings, type Settings } from '../settings.js';
import { resolveToday } from './today.js';
import type { ActionInput } from './types.js';

/** An action's working context. */
export interface ActionContext {
  settings: Settings;
  scales: ScaleRegistry;
  /** The input's `today`, else the clock's date, read on first use (see today.ts). */
  readonly today: string;
  /** The owned sheet of this name as read, or null when the workbook has none. */
  grid(name: string): Grid | null;
  /** Diagnostics gathered on the way, reported at the end (duplicates dropped). */
  diagnostics: Diagnostic[];
}

/**
 * Builds the context; throws SettingsError for settings, or a `today`, that cannot be used. `clock` is read
 * only when the input has no `today` and the action asks for it.
 */
export function actionContext(input: ActionInput, clock?: () => Date): ActionContext {
  const settings = resolveSettings(input.settings);
  const scales = new ScaleRegistry(settings.schoolScales);
  const byName = new Map(input.workbook.map((g) => [g.sheet, g]));
  let today = input.today === undefined ? undefined : resolveToday(input.today);
  return {
    settings,
    scales,
    get today(): string {
      today ??= resolveToday(undefined, clock);
      return today;
    },
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
