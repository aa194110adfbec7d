/**
 * `isms validate FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]`: reads each
 * workbook, runs the shared assessment, prints the findings. Exit 0 when nothing is at or above
 * --fail-on (default major), 1 when something is, 2 for bad usage or an unreadable input.
 */
import { hasFindingsAtOrAbove, type Finding } from '../../../shared';
import { assess } from '../../../shared/assess';
import { findingsTable } from '../findings-table';
import { findingsJson, parseAsOf, parseOptions, parseSeverity, readInputs, UsageError, type CliIo } from '../io';

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
    'fail-on': { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('no workbook given');
  const failOn = parseSeverity(values['fail-on'], 'major');
  const asOf = parseAsOf(values['as-of'], io);
  const inputs = await readInputs(positionals, io);
  if (inputs === null) return 2;
  const findings: Finding[] = [];
  for (const input of inputs) {
    findings.push(...input.findings, ...assess(input.snapshot, { asOf }).findings);
  }
  const names = inputs.map((i) => i.snapshot.name);
  io.stdout.write(values.json ? findingsJson(findings, { workbooks: names.length, asOf, failOn }) : findingsTable(names, findings));
  return hasFindingsAtOrAbove(findings, failOn) ? 1 : 0;
}
