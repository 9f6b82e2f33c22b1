// The shared host contract, run against the Apps Script adapter over the fake SpreadsheetApp.

import { describeHostContract } from '../contract/host-contract.js';
import { createAppsScriptHarness } from './harness.js';

describeHostContract('apps-script (SpreadsheetApp fake)', (initial) => createAppsScriptHarness(initial));
