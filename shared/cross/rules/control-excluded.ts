/**
 * XWB-CONTROL-EXCLUDED: a register in one workbook treats a risk with a control that the SoA in
 * another workbook of the set marks not applicable. The SoA must contain the controls the risk
 * treatment needs (ISO/IEC 27001:2022 6.1.3 b–d). The same conflict inside one workbook is
 * RR-CONTROL-EXCLUDED.
 */
import type { IsmsWorkbook } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { getControl } from '../../catalog/find-control';
import { annexLabel, sourceCell } from '../source-cell';
import { riskControlIds } from '../risk-controls';

/** Control id → the other-workbook SoAs (index, `name (Sheet!D12)`) that exclude it. */
function exclusions(
  workbooks: readonly IsmsWorkbook[],
): Map<string, { index: number; where: string }[]> {
  const map = new Map<string, { index: number; where: string }[]>();
  workbooks.forEach((wb, index) => {
    for (const e of wb.soa ?? []) {
      if (!e.controlId || e.applicable !== false) continue;
      const list = map.get(e.controlId) ?? [];
      if (list.some((x) => x.index === index)) continue;
      const cell = sourceCell(e.ref, 'applicable');
      list.push({
        index,
        where: `${wb.name} (${e.ref.sheet}${cell ? `!${cell}` : ` row ${e.ref.row}`})`,
      });
      map.set(e.controlId, list);
    }
  });
  return map;
}

export function checkControlsExcludedElsewhere(workbooks: readonly IsmsWorkbook[]): Finding[] {
  const excluded = exclusions(workbooks);
  const findings: Finding[] = [];
  workbooks.forEach((wb, index) => {
    for (const risk of wb.risks ?? []) {
      for (const id of riskControlIds(risk)) {
        const elsewhere = (excluded.get(id) ?? []).filter((x) => x.index !== index);
        if (elsewhere.length === 0) continue;
        findings.push({
          rule: 'XWB-CONTROL-EXCLUDED',
          severity: 'major',
          workbook: wb.name,
          sheet: risk.ref.sheet,
          cell: sourceCell(risk.ref, 'controls'),
          row: risk.ref.row,
          message:
            `Risk ${risk.id ?? `in row ${risk.ref.row}`} is treated with control ${annexLabel(id)} ` +
            `${getControl(id)?.title ?? ''}, which the Statement of Applicability in ${elsewhere.map((x) => x.where).join(', ')} ` +
            `excludes: the SoA must include the controls that risk treatment needs (ISO/IEC 27001:2022 6.1.3 b–d).`,
        });
      }
    }
  });
  return findings;
}
