// The Excel task pane: the panel over the Office.js host adapter, in the Fluent look. This is the Excel
// composition root for the panel: ExcelHost (excel-addin/) + the Office side + the xlsx reader (cli/xlsx).

import { loadWorkbook, readGrids, worksheetsOf } from '../../cli/xlsx/read-workbook.js';
import { ExcelHost, officeRun } from '../../excel-addin/host/excel-host.js';
import { createOfficeBridge } from '../bridges/office.js';
import { createOfficeSide, type XlsxReader } from '../bridges/office-side.js';
import { h } from '../panel/dom.js';
import { mountPanel } from '../panel/app.js';

const readXlsx: XlsxReader = async (bytes, name) => {
  const wb = await loadWorkbook(bytes, name);
  return readGrids(
    wb,
    worksheetsOf(wb).map((ws) => ws.name),
  );
};

const root = document.getElementById('app');
void Office.onReady((info) => {
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.replaceChildren(
      h('p', { class: 'panel' }, 'provmap runs inside Excel. Open it from the Home tab in Excel.'),
    );
    return;
  }
  const host = new ExcelHost({
    run: officeRun(),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
  mountPanel(root, createOfficeBridge(createOfficeSide({ host, readXlsx })), { theme: 'fluent' });
});
