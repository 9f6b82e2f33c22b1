// The scales a workbook can use: the built-ins plus the school's own step lists, by id.

import type { CellValue } from '../grid.js';
import type { Scale, ScaleDefinition } from './types.js';
import { SettingsError, UnknownScaleError } from '../errors.js';
import { BUILT_IN_SCALES } from './built-in.js';
import { createScale } from './create-scale.js';
import { detectScale, type ScaleDetection } from './detect.js';

let builtIns: readonly Scale[] | null = null;

/** Built-in scales are created once, on first use, and shared (Scales are immutable). */
function builtInScales(): readonly Scale[] {
  builtIns ??= Object.freeze(BUILT_IN_SCALES.map(createScale));
  return builtIns;
}

/** Looks scales up by id and detects the scale of a column. */
export class ScaleRegistry {
  private readonly scales: readonly Scale[];
  private readonly byId: ReadonlyMap<string, Scale>;

  /**
   * Built-in scales plus school-defined step lists. Throws SettingsError for a school scale that
   * cannot be used, or whose id is taken by a built-in or another school scale.
   */
  constructor(schoolScales: readonly ScaleDefinition[] = []) {
    const byId = new Map<string, Scale>();
    for (const scale of builtInScales()) byId.set(scale.id, scale);
    for (const def of schoolScales) {
      const scale = createScale(def);
      if (byId.has(scale.id))
        throw new SettingsError(`Scale id "${scale.id}" is already used; give the school scale another id.`);
      byId.set(scale.id, scale);
    }
    this.byId = byId;
    this.scales = Object.freeze([...byId.values()]);
  }

  /** The scale with this id; throws UnknownScaleError when there is none. */
  get(id: string): Scale {
    const scale = this.byId.get(id);
    if (!scale) throw new UnknownScaleError(id);
    return scale;
  }

  /** The scale with this id, or undefined. */
  find(id: string): Scale | undefined {
    return this.byId.get(id);
  }

  /** Every scale: built-ins first, in BUILT_IN_SCALES order, then school scales as given. */
  all(): readonly Scale[] {
    return this.scales;
  }

  /**
   * Most likely scale for a column of raw values; header text (e.g. "Leuven", "Reading age", "SS",
   * "%") biases the choice. Null when nothing is on any scale.
   */
  detect(values: readonly CellValue[], headerHint?: string): ScaleDetection | null {
    return detectScale(this.scales, values, headerHint);
  }
}
