/**
 * `isms validate FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]`: reads each
 * workbook, runs the shared assessment, prints the findings. Exit 0 when nothing is at or above
 * --fail-on (default major), 1 when something is, 2 for bad usage or an unreadable input.
 */
import type { Finding } from '../../../shared';
import { assess } from '../../../shared/assess';
import { readFindingsCommand, reportFindings, type CliIo } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const cmd = await readFindingsCommand(args, io);
  if (cmd === null) return 2;
  let findings: Finding[] = [];
  for (const input of cmd.inputs) {
    // concat, not push(...): a spread of 240,000 findings overflows the call stack (#11).
    findings = findings.concat(input.findings, assess(input.snapshot, { asOf: cmd.asOf }).findings);
  }
  return reportFindings(
    cmd,
    cmd.inputs.map((i) => i.snapshot.name),
    findings,
    io,
  );
}
