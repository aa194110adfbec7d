/**
 * Checks for a workbook that arrives already read (the JSON body of the API): the same budgets a
 * file read is held to (cells, rows, text, characters in one cell), and the structural problems
 * the xlsx reader reports, as findings.
 */
import { cellAddress, type Finding, type WorkbookSnapshot } from '../shared';
import { overBudgetError, readBudget } from './budget';
import { readError } from './errors';
import { count, DEFAULT_READ_LIMITS, type ReadLimits } from './limits';
import { checkTableCells } from './table-budget';

/** Throws `too_large` (naming the workbook and the limit) when the snapshot is over a budget. */
export function checkSnapshotBudget(
  snapshot: WorkbookSnapshot,
  limits: Partial<ReadLimits> = {},
): void {
  const l: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limits };
  let cells = 0;
  let rows = 0;
  let text = 0;
  const budget = readBudget(snapshot.name, l);
  for (const s of snapshot.sheets) {
    rows += s.rows.length;
    for (const [k, r] of s.rows.entries()) {
      cells += r.length;
      for (const [c, v] of r.entries()) {
        if (typeof v !== 'string') continue;
        text += v.length;
        const at = () =>
          `sheet "${s.name}" cell ${cellAddress(s.origin.row + k, s.origin.col + c)}`;
        budget.cellText(v.length, at);
      }
    }
  }
  if (text > l.maxTextChars) throw overBudgetError(snapshot.name, l, 'text');
  if (cells > l.maxCells)
    throw readError('too_large', snapshot.name, `more than ${count(l.maxCells)} cells`);
  if (rows > l.maxRows)
    throw readError('too_large', snapshot.name, `more than ${count(l.maxRows)} rows`);
  checkTableCells(snapshot, l);
}

/** WB-DUPLICATE-SHEET for repeated sheet names, WB-MISSING-PART for tables on absent sheets. */
export function snapshotFindings(snapshot: WorkbookSnapshot): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const base = { workbook: snapshot.name, cell: null, row: null, severity: 'not-checked' } as const;
  for (const s of snapshot.sheets) {
    const key = s.name.toLowerCase();
    if (seen.has(key)) {
      findings.push({
        ...base,
        rule: 'WB-DUPLICATE-SHEET',
        sheet: s.name,
        message: `The workbook has two sheets named "${s.name}", which Excel does not allow; tables on that name are read from the first one — rename the other.`,
      });
    }
    seen.add(key);
  }
  const names = new Set(snapshot.sheets.map((s) => s.name));
  for (const t of snapshot.tables) {
    if (names.has(t.sheet)) continue;
    findings.push({
      ...base,
      rule: 'WB-MISSING-PART',
      sheet: t.sheet,
      message: `Table "${t.name}" is on sheet "${t.sheet}", which the workbook does not have, so the table could not be read from its range.`,
    });
  }
  return findings;
}
