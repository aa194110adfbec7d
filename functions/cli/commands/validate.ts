/**
 * `isms validate FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]`: reads each
 * workbook, runs the shared assessment, prints the findings. Exit 0 when nothing is at or above
 * --fail-on (default major), 1 when something is, 2 for bad usage or an unreadable input.
 */
import type { Finding } from '../../../shared';
import { assess } from '../../../shared';
import { readFindingsCommand, reportFindings, type CliIo } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const cmd = await readFindingsCommand(args, io);
  if (cmd === null) return 2;
  const findings: Finding[] = [];
  // One finding at a time, not push(...list): a million findings as arguments overflow the stack.
  for (const input of cmd.inputs) {
    for (const f of input.findings) findings.push(f);
    for (const f of assess(input.snapshot, { asOf: cmd.asOf }).findings) findings.push(f);
  }
  return reportFindings(
    cmd,
    cmd.inputs.map((i) => i.snapshot.name),
    findings,
    io,
  );
}
