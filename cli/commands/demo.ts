// `provmap demo`: writes a messy teacher workbook from the built-in examples and structures it.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CLASS_LIST_SHEET,
  exampleWorkbook,
  MESSY_TRACKER_SHEET,
  SEED_PROVISION_SHEET,
} from '../../core/examples/index.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { workbookFromGrids } from '../xlsx/new-workbook.js';
import type { CliIO } from './cli-io.js';
import { collateCommand } from './collate.js';
import { structureCommand } from './structure.js';

/** The folder `npm run demo` writes to. */
export const DEFAULT_DEMO_DIR = join('out', 'demo');

/** The files the demo writes, by role. */
export interface DemoFiles {
  teacher: string;
  provisionMap: string;
  tracker: string;
  school: string;
}

/** The demo's file names inside `dir`. */
export function demoFiles(dir: string): DemoFiles {
  return {
    teacher: join(dir, 'class-3.xlsx'),
    provisionMap: join(dir, 'class-3-provision-map.xlsx'),
    tracker: join(dir, 'class-3-tracker.xlsx'),
    school: join(dir, 'school-summary.xlsx'),
  };
}

const quiet: CliIO = { stdout: () => undefined, stderr: () => undefined };

/** Writes the example workbook, structures its two sheets and collates the map into a school summary. */
export async function demoCommand(o: { output?: string }, io: CliIO): Promise<DemoFiles> {
  const dir = o.output ?? DEFAULT_DEMO_DIR;
  await mkdir(dir, { recursive: true });
  const files = demoFiles(dir);
  const teacher = workbookFromGrids(exampleWorkbook());
  await writeFileAtomic(files.teacher, new Uint8Array((await teacher.xlsx.writeBuffer()) as ArrayBuffer));
  // The class list first, so the provision map's Pupils sheet (and so the leaders' figures by SEN, pupil
  // premium and EAL) carries each child's details; the step between is kept out of the demo folder.
  const scratch = await mkdtemp(join(tmpdir(), 'provmap-demo-'));
  let map: Awaited<ReturnType<typeof structureCommand>>;
  try {
    const pupils = join(scratch, 'class-3-pupils.xlsx');
    await structureCommand(
      files.teacher,
      { output: pupils, sheet: CLASS_LIST_SHEET, kind: 'class-list' },
      quiet,
    );
    map = await structureCommand(
      pupils,
      { output: files.provisionMap, sheet: SEED_PROVISION_SHEET, kind: 'provision' },
      quiet,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const tracker = await structureCommand(
    files.teacher,
    { output: files.tracker, sheet: MESSY_TRACKER_SHEET, kind: 'tracking' },
    quiet,
  );
  await collateCommand([files.provisionMap], { output: files.school }, quiet);
  io.stdout(
    [
      "provmap demo: a teacher's messy sheets, structured.",
      `  ${files.teacher}  the teacher's workbook: "${SEED_PROVISION_SHEET}" (the seed provision map), "${MESSY_TRACKER_SHEET}" and "${CLASS_LIST_SHEET}"`,
      `  ${files.provisionMap}  structured provision map: ${map.interventions.length} interventions, ${map.enrolments.length} enrolments, ${map.diagnostics.length} things to check`,
      `  ${files.tracker}  structured tracker: ${tracker.tracking.length} pupils tracked, ${tracker.diagnostics.length} things to check`,
      `  ${files.school}  school map and leaders' summary`,
      `Open ${files.provisionMap} in Excel or LibreOffice and look at the "Provision Map" sheet; then ${files.school} for the summary.`,
      '',
    ].join('\n'),
  );
  return files;
}
