/**
 * XWB-METHOD-DIFF: workbooks in one set score risks with different methods, so their results are
 * not comparable (ISO/IEC 27001:2022 6.1.2 b requires consistent, valid and comparable results).
 * Each workbook holding risks is compared with the consolidated method (`chooseTargetMethodology`).
 */
import type { IsmsWorkbook } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { methodologyDifferences } from '../methodology-diff';
import { chooseTargetMethodology } from '../target-methodology';

export function checkMethodologyDifferences(workbooks: readonly IsmsWorkbook[]): Finding[] {
  const target = chooseTargetMethodology(workbooks);
  if (!target.methodology) return [];
  const findings: Finding[] = [];
  for (const wb of workbooks) {
    if (!wb.methodology || (wb.risks?.length ?? 0) === 0) continue;
    const diff = methodologyDifferences(wb.methodology, target.methodology);
    if (diff.length === 0) continue;
    findings.push({
      rule: 'XWB-METHOD-DIFF',
      severity: 'minor',
      workbook: wb.name,
      sheet: wb.methodologySheet,
      cell: null,
      row: null,
      message:
        `${wb.name} assesses risks with a different methodology from ${target.source} (${diff.join('; ')}): ` +
        `the results are not comparable (ISO/IEC 27001:2022 6.1.2 b); the consolidated view rescores its ` +
        `risks on ${target.source}'s methodology.`,
    });
  }
  return findings;
}
