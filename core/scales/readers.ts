// Which reader each parser family uses: the one place a ScaleParser name becomes behaviour.

import type { ScaleParser } from './types.js';
import { LABELS_READER, type ScaleReader } from './reader.js';
import { NC_READER } from './nc-sublevels.js';
import { GCSE_READER } from './gcse.js';
import { INTEGER_READER, PERCENTAGE_READER } from './numeric.js';
import { READING_AGE_READER } from './reading-age.js';

export const READERS: Readonly<Record<ScaleParser, ScaleReader>> = {
  labels: LABELS_READER,
  nc: NC_READER,
  gcse: GCSE_READER,
  'reading-age': READING_AGE_READER,
  integer: INTEGER_READER,
  percentage: PERCENTAGE_READER,
};

/** True for a parser name this version knows (school settings arrive as untyped JSON). */
export function isScaleParser(name: unknown): name is ScaleParser {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(READERS, name);
}
