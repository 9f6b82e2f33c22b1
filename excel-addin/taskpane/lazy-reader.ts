// Loads the xlsx reader script (xlsx-reader.js, from the add-in's own origin) the first time a picked file
// is read, and reuses it after that.

import type { XlsxReader } from '../../ui/bridges/index.js';

/** The file scripts/build-excel.mjs writes from xlsx-reader-entry.ts, beside taskpane.html. */
export const XLSX_READER_SCRIPT = 'xlsx-reader.js';

/** An XlsxReader that fetches its code on first use; a failed load is retried on the next file. */
export function lazyXlsxReader(src: string = XLSX_READER_SCRIPT, doc: Document = document): XlsxReader {
  let loading: Promise<XlsxReader> | null = null;
  const load = (): Promise<XlsxReader> =>
    (loading ??= new Promise<XlsxReader>((resolve, reject) => {
      const failed = (): void => {
        loading = null;
        reject(new Error('provmap could not load its file reader. Close the pane, open it again and retry.'));
      };
      const script = doc.createElement('script');
      script.src = src;
      script.addEventListener('load', () => {
        const reader = (globalThis as { provmapReadXlsx?: XlsxReader }).provmapReadXlsx;
        if (reader) resolve(reader);
        else failed();
      });
      script.addEventListener('error', failed);
      doc.head.append(script);
    }));
  return async (bytes, name) => (await load())(bytes, name);
}
