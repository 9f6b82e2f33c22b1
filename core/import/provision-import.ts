// Reads a provision map (a teacher's, or provmap's own Provision Map or School Map) into the model.

import type { ProvisionMap } from '../model/types.js';
import type { ImportContext } from './context.js';
import { buildEnrolments } from './enrolments.js';
import { readPreamble } from './preamble.js';
import { readProvisionRows } from './provision-rows.js';

/** The title and strategies above the header, the interventions, their pupils and enrolments. */
export function importProvisionMap(ctx: ImportContext): ProvisionMap {
  const { title, strategies } = readPreamble(ctx.grid, ctx.layout.headerRow);
  const { rows, pupils, interventions } = readProvisionRows(ctx);
  const enrolments = buildEnrolments(ctx, rows);
  return { title, strategies, pupils: pupils.list(), interventions: interventions.finish(ctx), enrolments };
}
