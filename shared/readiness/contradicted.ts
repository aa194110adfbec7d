/** The clauses a CL-CONTRADICTED finding names, read back from the clause row it points at. */
import { findClause } from '../catalog/clauses';
import type { Finding } from '../findings/finding';
import type { IsmsWorkbook } from '../model/types';

export function contradictedClauses(
  workbooks: readonly IsmsWorkbook[],
  findings: readonly Finding[],
): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.rule !== 'CL-CONTRADICTED') continue;
    const wb = workbooks.find((w) => w.name === f.workbook);
    const row = wb?.clauses?.find((c) => c.ref.sheet === f.sheet && c.ref.row === f.row);
    const id = row?.id ? findClause(row.id)?.id : undefined;
    if (id) out.add(id);
  }
  return out;
}
