/**
 * `isms check FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]`: the check
 * of a set of workbooks forming one ISMS — business-unit registers, an SoA workbook, an asset
 * inventory — through shared/cross checkSet (as POST /api/check and the pane): the ISMS-level
 * rules (ISMS-*, DOC-MISSING) once over the whole set and the cross-workbook (XWB-*) rules, with
 * validate's output and exit conventions. The text output
 * also states the consolidated methodology and how each workbook was rescaled.
 */
import type { Finding } from '../../../shared';
import { checkSet } from '../../../shared/cross';
import type { ConsolidatedView } from '../../../shared/cross';
import { parseWorkbook } from '../../../shared/workbook';
import { readFindingsCommand, reportFindings, type CliIo } from '../io';

function consolidatedText(view: ConsolidatedView): string {
  if (!view.methodology)
    return 'Consolidated view: no workbook documents a risk methodology; risks are not rescored.\n';
  const lines = [
    `Consolidated view: ${view.risks.length} risk(s) on the methodology of ${view.methodologySource}.`,
  ];
  for (const r of view.rescaling) if (r.kind !== 'same') lines.push(`  ${r.statement}`);
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const cmd = await readFindingsCommand(args, io);
  if (cmd === null) return 2;
  const workbooks = cmd.inputs.map((i) => parseWorkbook(i.snapshot).workbook);
  const cross = checkSet(workbooks, { asOf: cmd.asOf });
  const findings: Finding[] = [...cmd.inputs.flatMap((i) => i.findings), ...cross.findings];
  return reportFindings(
    cmd,
    workbooks.map((w) => w.name),
    findings,
    io,
    `\n${consolidatedText(cross.consolidated)}`,
  );
}
