/** What the set of workbooks records of the ISMS processes (internal audit 9.2, management review 9.3). */
import type { AuditSource, IsmsWorkbook } from '../../model/types';
import { findClause } from '../../catalog/clauses';

/** A workbook holding any canonical table: only then can the ISMS-level rules judge it. */
export function hasIsmsTables(wb: IsmsWorkbook): boolean {
  return [
    wb.methodology,
    wb.assets,
    wb.risks,
    wb.soa,
    wb.clauses,
    wb.auditFindings,
    wb.documents ?? null,
  ].some((p) => p !== null && p !== undefined);
}

/** A clause row for one of `clauses` assessed (Conformant or Partial) with documented evidence. */
function evidencedClause(wbs: readonly IsmsWorkbook[], clauses: readonly string[]): boolean {
  return wbs.some((wb) =>
    (wb.clauses ?? []).some((c) => {
      const id = c.id ? findClause(c.id)?.id : undefined;
      const covered = id !== undefined && clauses.some((k) => k === id || k.startsWith(`${id}.`));
      return (
        covered && (c.status === 'Conformant' || c.status === 'Partial') && c.evidence !== null
      );
    }),
  );
}

function findingFrom(wbs: readonly IsmsWorkbook[], source: AuditSource): boolean {
  return wbs.some((wb) => (wb.auditFindings ?? []).some((f) => f.source === source));
}

export function internalAuditRecorded(wbs: readonly IsmsWorkbook[]): boolean {
  return evidencedClause(wbs, ['9.2.1', '9.2.2']) || findingFrom(wbs, 'Internal audit');
}

export function managementReviewRecorded(wbs: readonly IsmsWorkbook[]): boolean {
  return (
    evidencedClause(wbs, ['9.3.1', '9.3.2', '9.3.3']) ||
    findingFrom(wbs, 'Management review') ||
    wbs.some((wb) => (wb.reviews ?? []).some((r) => r.meetingDate !== null))
  );
}

/** An SoA exists when at least one row records an applicability decision. */
export function soaRecorded(wbs: readonly IsmsWorkbook[]): boolean {
  return wbs.some((wb) => (wb.soa ?? []).some((e) => e.applicable !== null));
}

/** Where an ISMS-level finding is reported: the first workbook of the set that could be read. */
export function setWhere(wbs: readonly IsmsWorkbook[]) {
  const wb = wbs.find(hasIsmsTables) ?? wbs[0];
  return { workbook: wb?.name ?? '', sheet: null, cell: null, row: null };
}

/** ISMS-level rules judge only a set in which something could be read (else WB-NO-ISMS-TABLES). */
export function judgeable(wbs: readonly IsmsWorkbook[]): boolean {
  return wbs.some(hasIsmsTables);
}
