// The hosts the reliability suite runs on, each through its contract harness, with what it promises.

import type { HarnessFactory } from '../contract/harness.js';
import { createAppsScriptHarness } from '../apps-script/harness.js';
import { excelHarnessFactory } from '../fakes/excel/harness.js';
import { hasOpenpyxl } from '../support/inspect-xlsx.js';
import { xlsxHarness } from '../support/xlsx-harness.js';

/** A host the suite runs on: its harness and what it promises. */
export interface ReliabilityHost {
  name: 'apps-script' | 'excel' | 'xlsx';
  create: HarnessFactory;
  /** What the host promises when a write fails part way, in words for docs/reliability.md. */
  promise: string;
}

/** Every host whose harness can run here; the xlsx host needs openpyxl to observe its files. */
export function reliabilityHosts(): ReliabilityHost[] {
  const hosts: ReliabilityHost[] = [
    {
      name: 'apps-script',
      create: (initial) => createAppsScriptHarness(initial),
      promise:
        'Google Sheets (SpreadsheetApp adapter over the fake): copies each sheet it will change to a visible backup sheet, then writes in place (only its own columns are cleared and reformatted); on a failed call it rolls back what it changed from those backups, so the spreadsheet is as it was.',
    },
    {
      name: 'excel',
      create: excelHarnessFactory,
      promise:
        'Excel (Office.js adapter over the fake): snapshots the sheets it owns before writing and restores them if a sync fails; where ExcelApi 1.20 allows, the action is one undo step.',
    },
  ];
  if (hasOpenpyxl() || process.env.CI)
    hosts.push({
      name: 'xlsx',
      create: xlsxHarness,
      promise:
        'xlsx files (CLI): writes a new file beside the original and renames it over in one step; the input file is never opened for writing.',
    });
  return hosts;
}
