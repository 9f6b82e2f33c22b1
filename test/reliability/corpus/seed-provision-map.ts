// The control: the seed guidance's own provision map reads cleanly.

import { SEED_PROVISION_MAP } from '../../../core/examples/index.js';
import type { Scenario } from './scenario.js';

export const seedProvisionMap: Scenario = {
  name: 'seed-provision-map',
  about: 'The seed guidance’s provision map with entry, target, exit and outcomes (the control).',
  grid: () => structuredClone(SEED_PROVISION_MAP),
  expect: {
    pupils: 11,
    names: ['Amy', 'Joe', 'Dan', 'Fred', 'Bob', 'Max', 'Carl', 'Jane', 'Sara', 'Jack', 'Tim'],
  },
};
