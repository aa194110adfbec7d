/**
 * The SoA document of a set of workbooks: its document control block (the tblDocuments row that
 * names the Statement of Applicability or clause 6.1.3 d), then every Annex A control in catalogue
 * order with the set's merged decision (shared/gaps/merge-soa), justification, implementation,
 * evidence and the ids of the risks that rely on it.
 */
import type { DocumentEntry, IsmsWorkbook } from '../model/types';
import type { DocumentControl, SoaReport, SoaReportRow } from './types';
import type { MergedControl } from '../gaps/merge-soa';
import { consolidate } from '../cross/consolidate';
import { mergeSoa } from '../gaps/merge-soa';
import { linkedRisksOf, risksByControl } from '../gaps/control-gaps';
import { sourceCell } from '../cross/source-cell';

/** A title or clause naming the SoA: general signals, not one workbook's wording. */
function isSoaDocument(d: DocumentEntry): boolean {
  const title = d.title ?? '';
  return (
    /statement\s+of\s+applicability|\bSoA\b|d[ée]claration\s+d.applicabilit/i.test(title) ||
    /^6\.1\.3\s*\(?d\)?/i.test((d.clause ?? '').trim())
  );
}

export function documentControlOf(workbooks: readonly IsmsWorkbook[]): DocumentControl | null {
  for (const wb of workbooks) {
    const d = (wb.documents ?? []).find(isSoaDocument);
    if (d)
      return {
        workbook: wb.name,
        documentId: d.id,
        title: d.title,
        version: d.version,
        owner: d.owner,
        approvedBy: d.approvedBy,
        approvalDate: d.approvalDate,
        nextReview: d.nextReview,
        location: {
          workbook: wb.name,
          sheet: d.ref.sheet,
          cell: sourceCell(d.ref, 'id'),
          row: d.ref.row,
        },
      };
  }
  return null;
}

function rowOf(m: MergedControl, linkedRisks: readonly string[]): SoaReportRow {
  const decided = m.entries.filter((x) => x.entry.applicable === m.applicable);
  const first = <T>(pick: (e: MergedControl['entries'][number]['entry']) => T | null): T | null =>
    decided.map((x) => pick(x.entry)).find((v) => v !== null && v !== '') ?? null;
  return {
    controlId: m.control.id,
    title: m.control.title,
    theme: m.control.theme,
    applicable: m.applicable === null ? 'Not decided' : m.applicable ? 'Yes' : 'No',
    justification: first((e) => e.justification),
    status: m.status,
    howImplemented: m.applicable ? first((e) => e.howImplemented) : null,
    evidence: m.applicable ? m.evidence : null,
    owner: m.owner,
    linkedRisks,
    source: m.source,
  };
}

/** @example buildSoaReport([wb], { asOf: '2025-06-30' }).rows.length // 93 */
export function buildSoaReport(
  workbooks: readonly IsmsWorkbook[],
  opts: { asOf: string },
): SoaReport {
  const risks = consolidate(workbooks).risks;
  const index = risksByControl(risks);
  const rows = mergeSoa(workbooks).map((m) =>
    rowOf(m, [...new Set(linkedRisksOf(m, risks, index).map((l) => l.id))]),
  );
  return {
    asOf: opts.asOf,
    workbooks: workbooks.map((w) => w.name),
    documentControl: documentControlOf(workbooks),
    rows,
    summary: {
      controls: rows.length,
      applicable: rows.filter((r) => r.applicable === 'Yes').length,
      excluded: rows.filter((r) => r.applicable === 'No').length,
      undecided: rows.filter((r) => r.applicable === 'Not decided').length,
      implemented: rows.filter((r) => r.status === 'Implemented').length,
      withoutJustification: rows.filter((r) => r.applicable !== 'Not decided' && !r.justification)
        .length,
    },
  };
}
