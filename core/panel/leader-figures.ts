// The leaders' headline figures and chart bars, from core's Summary (or straight from the map sheets).

import { NoTableFoundError } from '../errors.js';
import type { Grid } from '../grid.js';
import { importSheet } from '../import/index.js';
import { SHEET } from '../plan/sheet-names.js';
import { ScaleRegistry } from '../scales/index.js';
import type { Settings } from '../settings.js';
import { summarise, type GroupFigures, type Summary } from '../summary/index.js';
import type { Bar, BarGroup, LeaderFigures } from './types.js';

/** Chart titles of the group dimensions, in the order the panel offers them. */
export const GROUP_TITLES: Readonly<Record<GroupFigures['dimension'], string>> = {
  sen: 'SEN',
  pp: 'Pupil premium',
  eal: 'EAL',
  year: 'Year',
  class: 'Class',
};

function groupBar(g: GroupFigures): Bar {
  return {
    label: g.group,
    value: g.percentMet,
    detail:
      g.withOutcome === 0
        ? `no outcomes yet · ${g.pupils} pupil${g.pupils === 1 ? '' : 's'}`
        : `${g.met} of ${g.withOutcome} met · ${g.pupils} pupil${g.pupils === 1 ? '' : 's'}`,
  };
}

/** The panel's view of a Summary. `sheet` names where the figures were read from. */
export function leaderFigures(summary: Summary, settings: Settings, sheet: string): LeaderFigures {
  const byIntervention: Bar[] = summary.byIntervention.map((i) => ({
    label: i.name,
    value: i.percentMet,
    detail:
      i.percentMet === null
        ? `no outcomes yet · ${i.pupils} pupil${i.pupils === 1 ? '' : 's'}`
        : `${i.met} met · ${i.pupils} pupil${i.pupils === 1 ? '' : 's'}`,
  }));
  const byGroup: BarGroup[] = [];
  for (const dimension of Object.keys(GROUP_TITLES) as GroupFigures['dimension'][]) {
    const bars = summary.byGroup.filter((g) => g.dimension === dimension).map(groupBar);
    if (bars.length > 0) byGroup.push({ title: GROUP_TITLES[dimension], bars });
  }
  return {
    sheet,
    currency: settings.currency,
    headline: { ...summary.headline },
    byIntervention,
    byGroup,
    toReview: summary.toReview.map((r) => ({ name: r.name, reasons: [...r.reasons] })),
  };
}

/**
 * Figures from the grids a host read: the School Map when there is one, else the Provision Map. Null when
 * neither exists or neither holds a table. `today` (yyyy-mm-dd) decides which interventions have ended.
 */
export function leaderFiguresFromGrids(
  grids: readonly Grid[],
  settings: Settings,
  today: string,
): LeaderFigures | null {
  const grid =
    grids.find((g) => g.sheet === SHEET.schoolMap) ??
    grids.find((g) => g.sheet === SHEET.provisionMap) ??
    null;
  if (!grid) return null;
  const scales = new ScaleRegistry(settings.schoolScales);
  try {
    const result = importSheet(grid, { kind: 'provision', scales, settings });
    if (result.kind !== 'provision') return null;
    return leaderFigures(summarise(result.map, scales, settings, { today }), settings, grid.sheet);
  } catch (e) {
    if (e instanceof NoTableFoundError) return null;
    throw e;
  }
}
