/** Summary sheet: key figures, method and rescaling, SoA implementation, open audit findings. */
import type { Worksheet } from 'exceljs';
import type { GapReport } from '../../../shared/gaps';
import { addTable, note, title, xv, type XValue } from './sheet-kit';
import { locationText } from '../text';
import { methodText } from '../html/summary-section';

function figures(r: GapReport): XValue[][] {
  const s = r.summary;
  const tp = r.managementReview.treatment;
  return [
    ['Workbooks', r.workbooks.join(', ')],
    ['Risk methodology', methodText(r)],
    ['Readiness score', r.readiness.overall],
    ['Readiness verdict', r.readiness.verdictLabel],
    ['Next Stage 1 audit', r.nextAudit?.stage1 ?? null],
    ['Next Stage 2 audit', r.nextAudit?.stage2 ?? null],
    ['Clauses conformant', s.clauses.Conformant],
    ['Clauses partial', s.clauses.Partial],
    ['Clauses nonconformant', s.clauses.Nonconformant],
    ['Clauses not assessed', s.clauses['Not assessed']],
    ['Applicable controls', s.applicableControls],
    ['Controls implemented', s.implementedControls],
    ['Control gaps', s.controlGaps],
    ['Estimated person-days (all lines)', s.totalPersonDays],
    ['Person-days for the control gaps', s.personDays],
    [
      'Validation findings (major / minor / observation)',
      `${s.findings.major} / ${s.findings.minor} / ${s.findings.observation}`,
    ],
    ['Risks', s.risks],
    ['Risks above acceptance threshold', tp.aboveThreshold],
    ['Overdue treatment actions', tp.overdue.length],
    ['Open audit findings', s.openAuditFindings],
    ['Cross-workbook findings', s.crossFindings],
  ];
}

export function writeSummarySheet(ws: Worksheet, r: GapReport): void {
  title(ws, 'A1', 'ISMS gap report — ISO/IEC 27001:2022', 16);
  note(
    ws,
    'A2',
    `As of ${r.asOf}. Management review inputs (9.3.2): figures, SoA implementation, open findings.`,
  );
  let at =
    addTable(ws, {
      name: 'tblSummary',
      ref: 'A4',
      columns: [
        { header: 'Measure', width: 34 },
        { header: 'Value', width: 40 },
      ],
      rows: figures(r),
    }).lastRow + 2;
  title(ws, `A${at}`, 'Risk methodology and rescaling', 12);
  at =
    addTable(ws, {
      name: 'tblRescaling',
      ref: `A${at + 1}`,
      columns: [
        { header: 'Workbook' },
        { header: 'Treatment' },
        { header: 'Statement', width: 90 },
      ],
      rows: r.rescaling.map((x) => [x.workbook, x.kind, x.statement]),
    }).lastRow + 2;
  const soa = r.managementReview.soa;
  title(ws, `A${at}`, 'SoA implementation by theme', 12);
  at =
    addTable(ws, {
      name: 'tblSoaProgress',
      ref: `A${at + 1}`,
      columns: [
        'Theme',
        'Applicable',
        'Excluded',
        'Undecided',
        'Implemented',
        'Partially implemented',
        'Planned',
        'Not implemented',
        'No status',
        '% implemented',
      ].map((header) => ({ header, width: 12 })),
      rows: soa
        ? [...soa.byTheme, soa.total].map((x) => [
            x.theme,
            x.applicable,
            x.excluded,
            x.undecided,
            x.implemented,
            x.partial,
            x.planned,
            x.notImplemented,
            x.noStatus,
            x.percentImplemented,
          ])
        : [],
    }).lastRow + 2;
  title(ws, `A${at}`, 'Open audit findings', 12);
  addTable(ws, {
    name: 'tblOpenFindings',
    ref: `A${at + 1}`,
    columns: [
      'Finding',
      'Type',
      'Source',
      'Clause or Control',
      'Description',
      'Owner',
      'Due',
      'Overdue',
      'Where',
    ].map((header) => ({ header, width: 14 })),
    rows: r.managementReview.auditFindings.open.map((f) => [
      xv(f.id),
      xv(f.type),
      xv(f.source),
      xv(f.reference),
      xv(f.description),
      xv(f.owner),
      xv(f.due),
      f.overdue ? 'Yes' : 'No',
      locationText(f.location),
    ]),
  });
}
