// The shared host contract, run against the Excel adapter over the fake Excel object model.

import { describeHostContract } from '../contract/host-contract.js';
import { excelHarnessFactory } from '../fakes/excel/harness.js';

describeHostContract('Excel (Office.js adapter over the fake Excel)', excelHarnessFactory);
