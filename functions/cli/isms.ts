/**
 * @module cli — the `isms` command. `main(argv, io)` dispatches to functions/cli/commands/<name>.ts
 * (each exports `run(args, io)`), maps usage errors and unreadable inputs to exit 2 with one line,
 * and never lets an exception escape: nothing crashes.
 */
import { XlsxReadError } from '../../readers';
import { firstLine, UsageError, type CliIo } from './io';
import { COMMAND_USAGE, commandUsage, mainUsage } from './usage';

export type { CliIo } from './io';

type Command = { run(args: string[], io: CliIo): Promise<number> };

/** Loaded on demand, so `isms template` never pays for the validation core and vice versa. */
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  validate: () => import('./commands/validate'),
  check: () => import('./commands/check'),
  'gap-report': () => import('./commands/gap-report'),
  'review-pack': () => import('./commands/review-pack'),
  'treatment-plan': () => import('./commands/treatment-plan'),
  'soa-report': () => import('./commands/soa-report'),
  readiness: () => import('./commands/readiness'),
  template: () => import('./commands/template'),
  import: () => import('./commands/import'),
  diff: () => import('./commands/diff'),
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr.write(mainUsage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainUsage());
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`isms: unknown command "${name}"; run \`isms --help\` for the list\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(commandUsage(name));
    return 0;
  }
  return runCommand(name, load, args, io);
}

async function runCommand(
  name: string,
  load: () => Promise<Command>,
  args: string[],
  io: CliIo,
): Promise<number> {
  try {
    return await (await load()).run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`isms ${name}: ${e.message} (usage: ${COMMAND_USAGE[name].synopsis})\n`);
    } else if (e instanceof XlsxReadError) {
      io.stderr.write(`${e.message}\n`);
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      io.stderr.write(`isms ${name}: unexpected error: ${firstLine(msg)}\n`);
    }
    return 2;
  }
}
