// Runs the shared host contract against the xlsx file host, observed through openpyxl.

import { describe, it } from 'vitest';
import { describeHostContract } from '../../contract/host-contract.js';
import { hasOpenpyxl } from '../../support/inspect-xlsx.js';
import { xlsxHarness } from '../../support/xlsx-harness.js';

if (hasOpenpyxl() || process.env.CI) describeHostContract('xlsx file', xlsxHarness);
else
  describe('host contract: xlsx file', () => {
    it.skip('needs /usr/bin/python3 with openpyxl (apt install python3-openpyxl)', () => undefined);
  });
