/**
 * `isms check FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]`: the
 * cross-workbook (XWB-*) checks over a set of workbooks — business-unit registers, an SoA
 * workbook, an asset inventory — with validate's output and exit conventions. The text output
 * also states the consolidated methodology and how each workbook was rescaled.
 */
import { hasFindingsAtOrAbove, type Finding } from '../../../shared';
import { checkWorkbooks } from '../../../shared/cross/check-workbooks';
import type { ConsolidatedView } from '../../../shared/cross/types';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { findingsTable } from '../findings-table';
import { findingsJson, parseAsOf, parseOptions, parseSeverity, readInputs, UsageError, type CliIo } from '../io';

function consolidatedText(view: ConsolidatedView): string {
  if (!view.methodology) return 'Consolidated view: no workbook documents a risk methodology; risks are not rescored.\n';
  const lines = [`Consolidated view: ${view.risks.length} risk(s) on the methodology of ${view.methodologySource}.`];
  for (const r of view.rescaling) if (r.kind !== 'same') lines.push(`  ${r.statement}`);
  return `${lines.join('\n')}\n`;
}

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
  const workbooks = inputs.map((i) => parseWorkbook(i.snapshot).workbook);
  const cross = checkWorkbooks(workbooks, { asOf });
  const findings: Finding[] = [...inputs.flatMap((i) => i.findings), ...cross.findings];
  const names = workbooks.map((w) => w.name);
  if (values.json) io.stdout.write(findingsJson(findings, { workbooks: names.length, asOf, failOn }));
  else io.stdout.write(`${findingsTable(names, findings)}\n${consolidatedText(cross.consolidated)}`);
  return hasFindingsAtOrAbove(findings, failOn) ? 1 : 0;
}
