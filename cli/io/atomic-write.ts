// Writes a file all or nothing: to a temporary file beside the target, then a rename over it.

import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { nodeFileSystem } from './file-system.js';
import type { FileSystem } from './file-system.js';

/**
 * Writes `data` to `path` so that readers see either the old file or the whole new one. On any error
 * the temporary file is removed and the target is left as it was.
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  fs: FileSystem = nodeFileSystem,
): Promise<void> {
  // Same directory as the target, so the rename never crosses file systems.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (e) {
    await fs.remove(temp).catch(() => undefined);
    throw e;
  }
}
