// What a host must read before an action runs: the owned sheets it merges with, and the class maps.

import type { SheetInfo } from '../host.js';
import { isOwnedSheet, SHEET } from '../plan/sheet-names.js';
import type { ActionName } from './types.js';

/** The owned sheets each action reads (when they exist), in the order a host should read them. */
const READS: Readonly<Record<ActionName, readonly string[]>> = {
  structure: [SHEET.provisionMap, SHEET.interventions, SHEET.pupils, SHEET.tracker, SHEET.scales],
  reevaluate: [
    SHEET.provisionMap,
    SHEET.interventions,
    SHEET.pupils,
    SHEET.tracker,
    SHEET.review,
    SHEET.schoolMap,
    SHEET.summary,
    SHEET.scales,
  ],
  'add-point': [SHEET.tracker, SHEET.provisionMap, SHEET.interventions, SHEET.pupils, SHEET.scales],
  collate: [SHEET.schoolMap, SHEET.pupils, SHEET.scales],
  summary: [SHEET.schoolMap, SHEET.provisionMap, SHEET.interventions, SHEET.pupils],
  review: [
    SHEET.provisionMap,
    SHEET.interventions,
    SHEET.pupils,
    SHEET.tracker,
    SHEET.review,
    SHEET.schoolMap,
  ],
};

/**
 * Which sheets a host must read for an action, given the workbook's sheets: the source first (structure),
 * then the owned sheets the action merges with; for collation, then every tab that looks like a class map.
 */
export function sheetsToRead(
  action: ActionName,
  sheets: readonly SheetInfo[],
  o: { source?: string } = {},
): string[] {
  const present = new Set(sheets.map((s) => s.name));
  const names: string[] = [];
  const add = (name: string): void => {
    if (present.has(name) && !names.includes(name)) names.push(name);
  };
  if (action === 'structure' && o.source !== undefined) add(o.source);
  for (const name of READS[action]) add(name);
  if (action === 'collate') for (const name of collationCandidates(sheets)) add(name);
  return names;
}

/** Tab names that are about the workbook rather than a class: never collated. */
const NOT_CLASS_MAPS =
  /^(?:summary|dashboard|overview|contents|cover|instructions?|read ?me|notes?|settings|lists?|lookups?|dropdowns?|data validation|key|template|blank|example|scales|analysis|charts?)\b/i;

/**
 * Tabs that look like class maps: not provmap's own sheets, not hidden, not blank, and not named like a
 * cover, summary or lookup sheet.
 */
export function collationCandidates(sheets: readonly SheetInfo[]): string[] {
  return sheets
    .filter(
      (s) =>
        !isOwnedSheet(s.name) &&
        !s.hidden &&
        s.rows >= 2 &&
        s.columns >= 2 &&
        !NOT_CLASS_MAPS.test(s.name.trim()),
    )
    .map((s) => s.name);
}
