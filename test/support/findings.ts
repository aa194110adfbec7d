/** Test helper: parse a snapshot, validate it, and keep the findings of one rule. */
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import type { Finding } from '../../shared/validation/finding';
import { parseWorkbook } from '../../shared/workbook/parse-workbook';
import { validateWorkbook } from '../../shared/validation/validate-workbook';

export const AS_OF = '2025-06-30';

export function allFindings(s: WorkbookSnapshot, asOf = AS_OF): Finding[] {
  const { workbook, findings } = parseWorkbook(s);
  return [...findings, ...validateWorkbook(workbook, { asOf })];
}

export function ruleFindings(s: WorkbookSnapshot, rule: string, asOf = AS_OF): Finding[] {
  return allFindings(s, asOf).filter((f) => f.rule === rule);
}
