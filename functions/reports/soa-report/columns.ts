/** The SoA document's columns, document control lines and cell texts, shared by HTML and xlsx. */
import type { SoaReport, SoaReportRow } from '../../../shared/soa-report';

export const SOA_COLUMNS = [
  { header: 'Control', width: 8 },
  { header: 'Title', width: 34 },
  { header: 'Theme', width: 15 },
  { header: 'Applicable', width: 10 },
  { header: 'Justification', width: 40 },
  { header: 'Implementation Status', width: 18 },
  { header: 'How Implemented', width: 30 },
  { header: 'Evidence', width: 28 },
  { header: 'Owner', width: 16 },
  { header: 'Linked Risks', width: 18 },
] as const;

export function soaCells(r: SoaReportRow): (string | null)[] {
  return [
    `A.${r.controlId}`,
    r.title,
    r.theme,
    r.applicable,
    r.justification,
    r.applicable === 'Yes' ? (r.status ?? 'No status') : null,
    r.howImplemented,
    r.evidence,
    r.owner,
    r.linkedRisks.join(', ') || null,
  ];
}

/** Label and value of each document control line; "not recorded" when tblDocuments has no SoA row. */
export function documentControlLines(r: SoaReport): (readonly [string, string])[] {
  const d = r.documentControl;
  const none = 'not recorded (add the SoA to the Documents table)';
  return [
    [
      'Document',
      d
        ? [d.documentId, d.title].filter(Boolean).join(' ') || 'Statement of Applicability'
        : 'Statement of Applicability',
    ],
    ['Version', d?.version ?? none],
    ['Owner', d?.owner ?? none],
    ['Approved by', d?.approvedBy ?? none],
    ['Approval date', d?.approvalDate ?? none],
    ['Next review', d?.nextReview ?? none],
    ['Generated', `${r.asOf} from ${r.workbooks.join(', ')}`],
  ];
}

export function soaSummaryText(r: SoaReport): string {
  const s = r.summary;
  return (
    `${s.controls} Annex A controls: ${s.applicable} applicable, ${s.excluded} excluded, ${s.undecided} not decided; ` +
    `${s.implemented} implemented; ${s.withoutJustification} decision(s) without a justification.`
  );
}
