/**
 * XWB-DUP-RISK-ID: the same risk id in two workbooks with different content. One risk id must
 * name one risk across the ISMS, or the register cannot be controlled (7.5.3) nor the risk
 * traced to its owner and treatment (6.1.2 c, 6.1.3). The same row copied into two workbooks
 * (identical content) is fine.
 */
import type { IsmsWorkbook, Risk } from '../../model/types';
import type { Finding } from '../../findings/finding';
import { asText } from '../../grid/cell';
import { normalizeKey, sourceCell } from '../source-cell';

/** Fields compared; computed scores/ratings are left out (XWB-METHOD-DIFF covers the method). */
const CONTENT: readonly [keyof Risk, string][] = [
  ['assetIds', 'asset ids'],
  ['threat', 'threat'],
  ['vulnerability', 'vulnerability'],
  ['description', 'description'],
  ['owner', 'risk owner'],
  ['likelihood', 'likelihood'],
  ['impact', 'impact'],
  ['existingControls', 'existing controls'],
  ['treatment', 'treatment'],
  ['treatmentPlan', 'treatment plan'],
  ['controls', 'Annex A controls'],
  ['actionOwner', 'action owner'],
  ['dueDate', 'due date'],
  ['status', 'status'],
  ['residualLikelihood', 'residual likelihood'],
  ['residualImpact', 'residual impact'],
  ['acceptedBy', 'accepted by'],
  ['acceptanceDate', 'acceptance date'],
];

function fieldText(r: Risk, key: keyof Risk): string {
  const v = r[key];
  if (Array.isArray(v)) return v.map((x) => normalizeKey(String(x))).join('|');
  return normalizeKey(asText(v as string | number | boolean | null) ?? '');
}

/** Labels of the fields on which two risks differ. */
export function riskDifferences(a: Risk, b: Risk): string[] {
  return CONTENT.filter(([k]) => fieldText(a, k) !== fieldText(b, k)).map(([, label]) => label);
}

type Occurrence = { workbook: string; risk: Risk };

/** First occurrence of each id per workbook (duplicates inside one workbook are RR-DUP-ID). */
function occurrencesById(workbooks: readonly IsmsWorkbook[]): Map<string, Occurrence[]> {
  const byId = new Map<string, Occurrence[]>();
  for (const wb of workbooks) {
    const seen = new Set<string>();
    for (const risk of wb.risks ?? []) {
      if (!risk.id) continue;
      const key = normalizeKey(risk.id);
      if (seen.has(key)) continue;
      seen.add(key);
      byId.set(key, [...(byId.get(key) ?? []), { workbook: wb.name, risk }]);
    }
  }
  return byId;
}

export function checkDuplicateRiskIds(workbooks: readonly IsmsWorkbook[]): Finding[] {
  const findings: Finding[] = [];
  for (const list of occurrencesById(workbooks).values()) {
    const [first, ...others] = list;
    for (const o of others) {
      const diff = riskDifferences(first.risk, o.risk);
      if (diff.length === 0) continue;
      const shown =
        diff.slice(0, 4).join(', ') + (diff.length > 4 ? `, and ${diff.length - 4} more` : '');
      findings.push({
        rule: 'XWB-DUP-RISK-ID',
        severity: 'minor',
        workbook: o.workbook,
        sheet: o.risk.ref.sheet,
        cell: sourceCell(o.risk.ref, 'id'),
        row: o.risk.ref.row,
        message:
          `Risk id ${o.risk.id} is also used in ${first.workbook} (${first.risk.ref.sheet} row ${first.risk.ref.row}) ` +
          `for a risk with a different ${shown}: one id must identify one risk across the ISMS ` +
          `(ISO/IEC 27001:2022 6.1.2 c, 7.5.3).`,
      });
    }
  }
  return findings;
}
