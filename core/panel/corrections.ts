// The teacher's corrections to the set-up preview, written into a copy of the sheet's grid so that import
// reads it as they said. The sheet itself is never touched.

import { SettingsError } from '../errors.js';
import { cellText, gridWidth, isBlank, type CellValue, type Grid } from '../grid.js';
import { importSheet, isPointHeader } from '../import/index.js';
import { ScaleRegistry } from '../scales/index.js';
import type { Settings } from '../settings.js';
import { POINT_FIELD, headingFor } from './fields.js';
import { fieldsByColumn } from './preview.js';
import type { StructureCorrections } from './types.js';

/** Prefix that makes import leave a column as the teacher's own (no field's heading starts with it). */
export const OWN_COLUMN_PREFIX = 'Own: ';

function own(text: CellValue): string {
  const t = cellText(text);
  return t === '' || t.startsWith(OWN_COLUMN_PREFIX) ? t : `${OWN_COLUMN_PREFIX}${t}`;
}

/**
 * A copy of the grid with the teacher's corrections written into it, so that import reads it as they
 * said: corrected headings (a field moved to another column leaves its old column as the teacher's own),
 * and a Scale column naming the chosen scale on every row of the table. Throws NoTableFoundError when
 * there is no table, SettingsError for a field the kind does not have, UnknownScaleError for a scale.
 */
export function correctSource(
  grid: Grid,
  corrections: StructureCorrections,
  options: { settings: Settings; scales?: ScaleRegistry },
): Grid {
  const entries = Object.entries(corrections.columns ?? {});
  if (entries.length === 0 && !corrections.scaleId) return grid;
  const scales = options.scales ?? new ScaleRegistry(options.settings.schoolScales);
  const result = importSheet(grid, {
    ...(corrections.kind ? { kind: corrections.kind } : {}),
    scales,
    settings: options.settings,
  });
  const kind = result.kind;
  const detected = fieldsByColumn(result);
  const values = grid.values.map((row) => [...row]);
  const row = result.headerRow;
  while (values.length <= row) values.push([]);
  const header = values[row]!;
  const assigned = new Map<number, string | null>();
  for (const [key, field] of entries) {
    const col = Number(key);
    if (!Number.isInteger(col) || col < 0) throw new SettingsError(`"${key}" is not a column number.`);
    if (field !== null && headingFor(kind, field) === null)
      throw new SettingsError(`A ${kind} table has no column "${field}".`);
    if ((detected.get(col) ?? null) !== field) assigned.set(col, field);
  }
  for (const [col, field] of assigned) {
    if (field === null) header[col] = own(header[col] ?? null);
    else if (field !== POINT_FIELD) header[col] = headingFor(kind, field);
    if (field === null || field === POINT_FIELD) continue;
    // Import reads the first column with a field's heading: the column it came from becomes the teacher's.
    for (const [c, f] of detected)
      if (f === field && c !== col && !assigned.has(c)) header[c] = own(header[c] ?? null);
  }
  // Assessment points keep their order; a column newly marked as one is named for its place.
  const points = [
    ...new Set([...detected].filter(([c, f]) => f === POINT_FIELD && !assigned.has(c)).map(([c]) => c)),
  ];
  for (const [col, field] of assigned) if (field === POINT_FIELD) points.push(col);
  points.sort((a, b) => a - b);
  points.forEach((col, i) => {
    if (assigned.get(col) === POINT_FIELD && !isPointHeader(cellText(header[col] ?? null)))
      header[col] = i === 0 ? 'Baseline' : `AP${i}`;
  });
  if (corrections.scaleId) {
    const scale = scales.get(corrections.scaleId);
    const chosen = [...assigned].find(([, f]) => f === 'scale')?.[0];
    const kept = [...detected].find(([c, f]) => f === 'scale' && !assigned.has(c))?.[0];
    let col = chosen ?? kept;
    if (col === undefined) {
      col = gridWidth({ ...grid, values });
      header[col] = 'Scale';
    }
    for (let r = row + 1; r < values.length; r++) {
      const cells = values[r]!;
      if (cells.every((v, c) => c === col || isBlank(v))) continue;
      while (cells.length < col) cells.push(null);
      cells[col] = scale.name;
    }
  }
  return { sheet: grid.sheet, values, merges: grid.merges.map((m) => ({ ...m })) };
}
