// core/actions as the add-in's ActionsPort (the one place the add-in binds to core's use cases).

import * as core from '../../core/actions/index.js';
import type { ActionsPort } from './actions-port.js';

export const coreActions: ActionsPort = core;
