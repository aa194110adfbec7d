/** The nonconformities of tblFindings (Major NC, Minor NC) and how findings name them. */
import type { AuditFinding, IsmsWorkbook } from '../../model/types';

export const isNc = (f: AuditFinding) => f.type === 'Major NC' || f.type === 'Minor NC';

export function ncsOf(wb: IsmsWorkbook): AuditFinding[] {
  return (wb.auditFindings ?? []).filter(isNc);
}

export function ncLabel(f: AuditFinding): string {
  return f.id ?? `in row ${f.ref.row}`;
}
