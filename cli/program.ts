// The `provmap` command line: commands, options and help, with errors turned into prose and exit code 1.

import { Command, CommanderError, Option } from 'commander';
import { explainError } from './messages.js';
import type { CliIO } from './commands/cli-io.js';
import { collateCommand } from './commands/collate.js';
import { DEFAULT_DEMO_DIR, demoCommand } from './commands/demo.js';
import { structureCommand } from './commands/structure.js';
import type { StructureOptions } from './commands/structure.js';
import { workbookActionCommand } from './commands/workbook-action.js';
import type { WorkbookActionOptions } from './commands/workbook-action.js';

const OUTPUT = '-o, --output <file>';
const OUTPUT_HELP = 'the new .xlsx workbook to write (never the input file)';
const JSON_HELP = 'print one JSON report on stdout and nothing else';

function build(io: CliIO): Command {
  const program = new Command('provmap')
    .description(
      'Turns school spreadsheets into structured provision maps and progress trackers, with live formulas, validation and conditional formatting. Works on copies: your file is never changed.',
    )
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride()
    .showHelpAfterError();

  program
    .command('structure')
    .description('structure one teacher sheet (provision map, tracker or class list) into provmap sheets')
    .argument('<input>', "the teacher's workbook (.xlsx) or .csv file")
    .requiredOption(OUTPUT, OUTPUT_HELP)
    .option('--sheet <name>', 'the sheet to read (default: the first sheet with a recognisable table)')
    .addOption(
      new Option('--kind <kind>', 'what the sheet holds (default: detected)').choices([
        'provision',
        'tracking',
        'class-list',
      ]),
    )
    .option('--json', JSON_HELP)
    .action(async (input: string, o: StructureOptions) => void (await structureCommand(input, o, io)));

  program
    .command('collate')
    .description('collate class provision maps into one school map with summary sheets for leaders')
    .argument('<maps...>', 'class workbooks (.xlsx or .csv)')
    .requiredOption(OUTPUT, 'the school .xlsx workbook to write or update')
    .option('--json', JSON_HELP)
    .action(
      async (maps: string[], o: { output: string; json?: boolean }) =>
        void (await collateCommand(maps, o, io)),
    );

  program
    .command('evaluate')
    .description('recompute progress, targets met, impact and cost in a structured workbook')
    .argument('<map>', 'a workbook provmap structured')
    .requiredOption(OUTPUT, OUTPUT_HELP)
    .option('--json', JSON_HELP)
    .action(
      async (input: string, o: WorkbookActionOptions) =>
        void (await workbookActionCommand('reevaluate', input, o, io)),
    );

  program
    .command('add-point')
    .description('add the next assessment point column to a structured tracker')
    .argument('<tracker>', 'a workbook with a structured Tracker sheet')
    .requiredOption(OUTPUT, OUTPUT_HELP)
    .option('--label <label>', "the new column's heading, such as AP3 (default: the next in the series)")
    .option('--json', JSON_HELP)
    .action(
      async (input: string, o: WorkbookActionOptions) =>
        void (await workbookActionCommand('add-point', input, o, io)),
    );

  program
    .command('review')
    .description('build the pupil progress review sheet, where decisions are recorded')
    .argument('<map>', 'a workbook provmap structured')
    .requiredOption(OUTPUT, OUTPUT_HELP)
    .option('--json', JSON_HELP)
    .action(
      async (input: string, o: WorkbookActionOptions) =>
        void (await workbookActionCommand('review', input, o, io)),
    );

  program
    .command('demo')
    .description('write an example teacher workbook, structure it, and say what to open')
    .option('-o, --output <dir>', 'the folder to write to', DEFAULT_DEMO_DIR)
    .action(async (o: { output?: string }) => void (await demoCommand(o, io)));

  return program;
}

/** Runs the command line with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const program = build(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    const { message, hint } = explainError(e);
    io.stderr(`provmap: ${message}\n${hint ? `${hint}\n` : ''}`);
    return 1;
  }
}
