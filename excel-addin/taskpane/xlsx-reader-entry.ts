// The task pane's second script: the xlsx reader (ExcelJS), loaded only when a SENCO picks a class-map
// file, so the pane itself stays small and opens fast.

import type { XlsxReader } from '../../ui/bridges/index.js';
import { readXlsx } from './read-xlsx.js';

(globalThis as { provmapReadXlsx?: XlsxReader }).provmapReadXlsx = readXlsx;
