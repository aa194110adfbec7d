/** Test helper for the CERT-* rules: one rule's findings on a workbook with a certification cycle. */
import type { Finding } from '../../../../shared/validation/finding';
import { parseWorkbook } from '../../../../shared/workbook/parse-workbook';
import { validateWorkbook } from '../../../../shared/validation/validate-workbook';
import { cycleSnapshot, type MilestoneRow } from '../../cycle/fixtures';
import type { Row } from '../../../support/snapshot';

export function certFindings(
  rule: string,
  asOf: string,
  milestones: readonly MilestoneRow[],
  findings: readonly Row[] = [],
): Finding[] {
  const wb = parseWorkbook(cycleSnapshot(milestones, findings)).workbook;
  return validateWorkbook(wb, { asOf }).filter((f) => f.rule === rule);
}

/** A tblFindings row raised by the certification body. */
export function cbFinding(id: string, over: Row = {}): Row {
  return {
    'Finding ID': id,
    Source: 'Stage 2',
    Type: 'Minor NC',
    'Clause or Control': 'A.8.8',
    Description: 'Patch management not evidenced',
    Owner: 'IT lead',
    Raised: '2026-06-10',
    ...over,
  };
}
