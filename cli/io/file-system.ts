// The few file operations the CLI needs, as a port so tests can count them and make them fail.

import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { InputError } from '../xlsx/input-error.js';

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

/** Why writing can fail for reasons a user can fix: permissions, a full or read-only disk, a locked file. */
const WRITE_REFUSALS = new Set([
  'EACCES',
  'EPERM',
  'EBUSY',
  'EROFS',
  'ENOSPC',
  'EISDIR',
  'ENOTDIR',
  'EEXIST',
]);

/** A failed write of `path` as InputError CANNOT_WRITE when the user can fix its cause; null otherwise. */
export function writeRefusal(e: unknown, path: string): InputError | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === undefined || !WRITE_REFUSALS.has(code)) return null;
  return new InputError('CANNOT_WRITE', path, `${path} cannot be written (${code}).`, code);
}
