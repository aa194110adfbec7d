/**
 * XWB-SOA-CONFLICT: one control applicable in one SoA and excluded in another. The workbooks of
 * a set are taken to describe one ISMS scope, which has one Statement of Applicability: each
 * control is either included or excluded, with one justification (ISO/IEC 27001:2022 6.1.3 d).
 * Reported once per control and disagreeing workbook, at that workbook's Applicable cell.
 */
import type { IsmsWorkbook, SoaEntry } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { getControl } from '../../catalog/find-control';
import { annexLabel, sourceCell } from '../source-cell';
import { compareControlIds } from '../risk-controls';

type Decision = { workbook: string; entry: SoaEntry };

/** First decided SoA row per control per workbook, in set order. */
function decisionsByControl(workbooks: readonly IsmsWorkbook[]): Map<string, Decision[]> {
  const map = new Map<string, Decision[]>();
  for (const wb of workbooks) {
    const seen = new Set<string>();
    for (const entry of wb.soa ?? []) {
      if (!entry.controlId || entry.applicable === null || seen.has(entry.controlId)) continue;
      seen.add(entry.controlId);
      map.set(entry.controlId, [...(map.get(entry.controlId) ?? []), { workbook: wb.name, entry }]);
    }
  }
  return map;
}

function where(d: Decision): string {
  const cell = sourceCell(d.entry.ref, 'applicable');
  return `${d.workbook} (${d.entry.ref.sheet}${cell ? `!${cell}` : ` row ${d.entry.ref.row}`})`;
}

export function checkSoaConflicts(workbooks: readonly IsmsWorkbook[]): Finding[] {
  const findings: Finding[] = [];
  const ids = [...decisionsByControl(workbooks).entries()].sort(([a], [b]) =>
    compareControlIds(a, b),
  );
  for (const [controlId, decisions] of ids) {
    const [first, ...others] = decisions;
    const title = getControl(controlId)?.title ?? first.entry.title ?? '';
    for (const d of others) {
      if (d.entry.applicable === first.entry.applicable) continue;
      const here = d.entry.applicable ? 'applicable' : 'excluded';
      const there = first.entry.applicable ? 'applicable' : 'excluded';
      findings.push({
        rule: 'XWB-SOA-CONFLICT',
        severity: 'minor',
        workbook: d.workbook,
        sheet: d.entry.ref.sheet,
        cell: sourceCell(d.entry.ref, 'applicable'),
        row: d.entry.ref.row,
        message:
          `Control ${annexLabel(controlId)} ${title} is ${here} in this Statement of Applicability but ${there} in ` +
          `${where(first)}: one ISMS scope needs one decision per control with its justification ` +
          `(ISO/IEC 27001:2022 6.1.3 d).`,
      });
    }
  }
  return findings;
}
