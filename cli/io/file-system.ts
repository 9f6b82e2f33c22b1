// The few file operations the CLI needs, as a port so tests can count them and make them fail.

import { readFile, rename, rm, writeFile } from 'node:fs/promises';

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file if it exists (cleanup; never fails on a missing file). */
  remove(path: string): Promise<void>;
}

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  readFile: (path) => readFile(path),
  writeFile: (path, data) => writeFile(path, data),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { force: true }),
};
