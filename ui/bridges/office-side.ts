// The Excel side of the panel beyond the WorkbookHost: active sheet, cell selection, settings kept in the
// workbook (Office document settings) and a file picker for class maps in other .xlsx files.

import type { Grid } from '../../core/grid.js';
import type { WorkbookHost } from '../../core/host.js';
import type { ClassMapSource, PickResult } from '../bridge.js';
import type { ClassMapFiles } from '../server/deps.js';
import type { KeyValueStore } from '../server/stored-settings.js';
import type { OfficePanelSide } from './office.js';

/** Reads an .xlsx file's bytes into grids (the CLI's ExcelJS reading code, which has no Node APIs). */
export type XlsxReader = (bytes: ArrayBuffer, fileName: string) => Promise<Grid[]>;

/** Office document settings as a KeyValueStore: saved with the workbook, nowhere else. */
export function documentSettingsStore(
  settings: Office.Settings = Office.context.document.settings,
): KeyValueStore {
  const save = (): Promise<void> =>
    new Promise((resolve, reject) =>
      settings.saveAsync((r) =>
        r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message)),
      ),
    );
  return {
    get: (key) => {
      const v: unknown = settings.get(key);
      return typeof v === 'string' ? v : null;
    },
    set: (key, value) => {
      settings.set(key, value);
      return save();
    },
    delete: (key) => {
      settings.remove(key);
      return save();
    },
  };
}

/** A file picker on an <input type="file">; files stay in the page's memory, read only when collated. */
export function filePicker(read: XlsxReader, doc: Document = document): ClassMapFiles {
  const files = new Map<string, File>();
  let next = 0;
  const source = (id: string, file: File): Extract<ClassMapSource, { kind: 'file' }> => ({
    kind: 'file',
    id,
    name: file.name,
  });
  return {
    pick: () =>
      new Promise<PickResult>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        input.multiple = true;
        input.hidden = true;
        const done = (chosen: File[]): void => {
          input.remove();
          const sources = chosen.map((file) => {
            next += 1;
            const id = `f${next}`;
            files.set(id, file);
            return source(id, file);
          });
          resolve({ sources, pending: false });
        };
        input.addEventListener('change', () => done([...(input.files ?? [])]));
        input.addEventListener('cancel', () => done([]));
        doc.body.append(input);
        // Called within the teacher's click, so the browser lets the dialog open.
        input.click();
      }),
    list: () => [...files].map(([id, file]) => source(id, file)),
    read: async (id) => {
      const file = files.get(id);
      if (!file) throw new Error('That file is no longer open in the panel. Choose it again.');
      return { name: file.name, grids: await read(await file.arrayBuffer(), file.name) };
    },
  };
}

/** What createOfficeSide is built from. */
export interface OfficeSideOptions {
  /** The Excel host's WorkbookHost over Office.js. */
  host: WorkbookHost;
  /** Reads picked .xlsx files; without it the panel offers tabs only. */
  readXlsx?: XlsxReader;
  store?: KeyValueStore;
  exclusive?: OfficePanelSide['exclusive'];
  /** Keep chunks short: the task pane shares Excel's UI thread budget (Office restarts pages stuck 5 s). */
  chunkBudgetMs?: number;
}

/** The Excel side built from Office.js: what the Excel composition root passes to createOfficeBridge. */
export function createOfficeSide(options: OfficeSideOptions): OfficePanelSide {
  return {
    host: options.host,
    activeSheet: () =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }),
    selectCell: (sheet, a1) =>
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(a1).select();
        await context.sync();
      }),
    store: options.store ?? documentSettingsStore(),
    ...(options.readXlsx ? { files: filePicker(options.readXlsx) } : {}),
    ...(options.exclusive ? { exclusive: options.exclusive } : {}),
    chunkBudgetMs: options.chunkBudgetMs ?? 1_000,
  };
}
