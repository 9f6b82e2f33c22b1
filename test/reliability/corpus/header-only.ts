// Headers and nothing under them: a new term's blank provision map and tracker.

import { MAP_HEADER, TRACKER_HEADER, type Scenario } from './scenario.js';

export const headerOnlyMap: Scenario = {
  name: 'header-only-map',
  about: 'A provision map with its title and header row but no interventions yet.',
  grid: () => ({
    sheet: 'Class 4 provision',
    values: [['Class 4 provision map'], [], MAP_HEADER],
    merges: [{ top: 0, left: 0, bottom: 0, right: 8 }],
  }),
  expect: { pupils: 0 },
};

export const headerOnlyTracker: Scenario = {
  name: 'header-only-tracker',
  about: 'A tracker with a header row only.',
  grid: () => ({ sheet: 'Reading tracker', values: [TRACKER_HEADER], merges: [] }),
  expect: { pupils: 0 },
};
