// File I/O of the xlsx host (Node): open .xlsx and .csv files, the file-backed WorkbookHost, atomic writes.

export { XlsxFileHost } from './file-host.js';
export type { FileHostOptions } from './file-host.js';
export { readInput, readBytes, workbookFromBytes, csvSheetName, decodeText } from './read-input.js';
export type { InputFormat, OpenedInput } from './read-input.js';
export { parseCsv, detectDelimiter, csvValue } from './csv-import.js';
export type { Delimiter } from './csv-import.js';
export { writeFileAtomic } from './atomic-write.js';
export { nodeFileSystem, writeRefusal } from './file-system.js';
export type { FileSystem } from './file-system.js';
