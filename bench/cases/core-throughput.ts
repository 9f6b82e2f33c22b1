// Core work for a whole school with no host: import and evaluate every tracker and map, collate the class
// maps, and build the plans the actions write.

import { collateMaps, structureSheet, summariseSchool } from '../../core/actions/index.js';
import { evaluateMap, evaluateTracker } from '../../core/evaluate/index.js';
import { importSheet } from '../../core/import/index.js';
import { ScaleRegistry } from '../../core/scales/index.js';
import { resolveSettings } from '../../core/settings.js';
import { planAsGrids } from '../../test/reliability/checks.js';
import { benchSheets } from './school-sheets.js';
import type { CoreTiming } from './types.js';

const TODAY = '2025-03-01';

/** The core cases, each a function of the sheets that returns nothing worth keeping. */
export const CORE_CASES = [
  'import + evaluate',
  'collate class maps',
  'structure tracker (plan)',
  'summarise school',
] as const;
/** One core case's name. */
export type CoreCase = (typeof CORE_CASES)[number];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Times one case at one size: a warm-up run, then `repeats` timed runs; the median is reported. */
export function measureCore(name: CoreCase, pupils: number, repeats: number): CoreTiming {
  const { book, tracker, maps } = benchSheets(pupils);
  const scales = new ScaleRegistry();
  const settings = resolveSettings();
  const mapSources = maps.map((grid) => ({ source: grid.sheet, grid }));
  const collated =
    name === 'summarise school' ? collateMaps({ workbook: [], maps: mapSources, today: TODAY }) : null;
  const work: Record<CoreCase, () => void> = {
    'import + evaluate': () => {
      for (const grid of [...book.trackers, ...maps]) {
        const r = importSheet(grid, { scales, settings });
        if (r.kind === 'tracking') evaluateTracker(r.tracker, scales, settings);
        if (r.kind === 'provision') evaluateMap(r.map, scales, settings);
      }
    },
    'collate class maps': () => void collateMaps({ workbook: [], maps: mapSources, today: TODAY }),
    'structure tracker (plan)': () => void structureSheet({ workbook: [], source: tracker, today: TODAY }),
    'summarise school': () => void summariseSchool({ workbook: planAsGrids(collated!.plan), today: TODAY }),
  };
  try {
    work[name]();
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      work[name]();
      times.push(performance.now() - start);
    }
    return { case: name, pupils, ms: Math.round(median(times) * 10) / 10, repeats };
  } catch (e) {
    return {
      case: name,
      pupils,
      ms: 0,
      repeats: 0,
      error: e instanceof Error ? e.message.slice(0, 200) : String(e),
    };
  }
}
