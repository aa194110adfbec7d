/**
 * XWB-UNKNOWN-ASSET: a risk names an asset that no inventory in the set holds. Risks are
 * identified for the information and assets in scope (ISO/IEC 27001:2022 6.1.2 c 1) and those
 * assets are inventoried (Annex A 5.9). Runs only when at least one workbook of the set has an
 * asset inventory with an asset in it; without any, there is nothing to compare against.
 */
import type { IsmsWorkbook } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { normalizeKey, sourceCell } from '../source-cell';

function inventory(workbooks: readonly IsmsWorkbook[]): { ids: Set<string>; holders: string[] } {
  const ids = new Set<string>();
  const holders: string[] = [];
  for (const wb of workbooks) {
    const assets = (wb.assets ?? []).filter((a) => a.id);
    if (assets.length === 0) continue;
    holders.push(wb.name);
    for (const a of assets) ids.add(normalizeKey(a.id as string));
  }
  return { ids, holders };
}

export function checkUnknownAssets(workbooks: readonly IsmsWorkbook[]): Finding[] {
  const { ids, holders } = inventory(workbooks);
  if (holders.length === 0) return [];
  const findings: Finding[] = [];
  for (const wb of workbooks) {
    for (const risk of wb.risks ?? []) {
      const unknown = risk.assetIds.filter((a) => a.trim() !== '' && !ids.has(normalizeKey(a)));
      if (unknown.length === 0) continue;
      const list = unknown.join(', ');
      findings.push({
        rule: 'XWB-UNKNOWN-ASSET',
        severity: 'minor',
        workbook: wb.name,
        sheet: risk.ref.sheet,
        cell: sourceCell(risk.ref, 'assetIds'),
        row: risk.ref.row,
        message:
          `Risk ${risk.id ?? `in row ${risk.ref.row}`} names asset${unknown.length > 1 ? 's' : ''} ${list} that no ` +
          `asset inventory in the set holds (${holders.join(', ')}): risks must relate to inventoried assets ` +
          `(ISO/IEC 27001:2022 6.1.2 c, Annex A 5.9).`,
      });
    }
  }
  return findings;
}
