// Checks a scale definition before use: school step lists come from settings a person typed.

import type { ScaleDefinition } from './types.js';
import { SettingsError } from '../errors.js';
import { isScaleParser } from './readers.js';
import { labelKey } from './normalise.js';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;

/**
 * The step index of every label and alias, by labelKey. Throws SettingsError for a definition that
 * cannot be used: a bad id, no steps, an empty label, or one spelling that names two steps.
 */
export function validateScale(def: ScaleDefinition): Map<string, number> {
  const where = `Scale "${String(def?.id)}"`;
  if (typeof def?.id !== 'string' || !KEBAB_ID.test(def.id) || def.id.length > MAX_ID_LENGTH)
    throw new SettingsError(
      `${where}: the id must be kebab-case letters and digits (such as "school-phonics"), at most ${MAX_ID_LENGTH} characters.`,
    );
  if (typeof def.name !== 'string' || def.name.trim() === '')
    throw new SettingsError(`${where} needs a name.`);
  if (typeof def.stepName !== 'string' || def.stepName.trim() === '')
    throw new SettingsError(`${where} needs a step name (such as "phase").`);
  if (!isScaleParser(def.parser))
    throw new SettingsError(`${where}: unknown parser "${String(def.parser)}".`);
  if (!(Number.isFinite(def.tolerance) && def.tolerance >= 0))
    throw new SettingsError(`${where}: tolerance must be zero or more.`);
  for (const [stage, rate] of Object.entries(def.expectedStepsPerYear ?? {}))
    if (!(typeof rate === 'number' && Number.isFinite(rate) && rate >= 0))
      throw new SettingsError(`${where}: expected steps per year for ${stage} must be zero or more.`);
  if (!Array.isArray(def.steps) || def.steps.length === 0)
    throw new SettingsError(`${where} has no steps; list at least one.`);

  const keys = new Map<string, number>();
  const claim = (spelling: unknown, step: number): void => {
    const ok =
      (typeof spelling === 'number' && Number.isFinite(spelling)) ||
      (typeof spelling === 'string' && spelling.trim() !== '');
    if (!ok) throw new SettingsError(`${where}: step ${step + 1} has an empty or invalid label or alias.`);
    const key = labelKey(spelling as string | number);
    const owner = keys.get(key);
    if (owner !== undefined && owner !== step)
      throw new SettingsError(
        `${where}: "${String(spelling)}" names both step ${owner + 1} and step ${step + 1}; each label and alias must be unique.`,
      );
    keys.set(key, step);
  };
  def.steps.forEach((s, i) => {
    claim(s?.label, i);
    if (s.aliases !== undefined && !Array.isArray(s.aliases))
      throw new SettingsError(`${where}: the aliases of step ${i + 1} must be a list.`);
    for (const alias of s.aliases ?? []) claim(alias, i);
  });
  return keys;
}
