/** The short "About" sheet that opens the canonical workbook: what each sheet and table is for. */
import {
  ASSETS,
  CERTIFICATION_TABLE,
  CLAUSES_TABLE,
  DOCUMENTS_TABLE,
  FINDINGS_TABLE,
  METHODOLOGY_SHEET,
  OBJECTIVES_TABLE,
  REVIEWS_TABLE,
  RISKS,
  SOA,
} from '../canonical';
import type { PlanText, SheetPlan } from './types';

export const ABOUT_SHEET = 'About';

const PARTS: readonly (readonly [string, string, string])[] = [
  [
    METHODOLOGY_SHEET,
    'tblMethod, tblLikelihood, tblImpact, tblRatings, tblMatrix',
    'Documented risk assessment method: scales, score formula, rating bands, acceptance threshold (6.1.2)',
  ],
  [ASSETS.sheet, ASSETS.table, 'Information assets with owner, classification and C/I/A values'],
  [
    RISKS.sheet,
    RISKS.table,
    'Risk register: scores and ratings are calculated from the Methodology (6.1.2, 6.1.3, 8.2, 8.3)',
  ],
  [
    SOA.sheet,
    SOA.table,
    'Statement of Applicability: all 93 Annex A controls with justification and status (6.1.3 d)',
  ],
  [
    CLAUSES_TABLE.sheet,
    CLAUSES_TABLE.table,
    'Conformance with clauses 4.1 to 10.2 and the documented information that shows it',
  ],
  [
    DOCUMENTS_TABLE.sheet,
    DOCUMENTS_TABLE.table,
    'Documented information the standard requires, with version, approval and next review (7.5)',
  ],
  [
    OBJECTIVES_TABLE.sheet,
    OBJECTIVES_TABLE.table,
    'Information security objectives: measure, target, owner and due date (6.2)',
  ],
  [
    REVIEWS_TABLE.sheet,
    REVIEWS_TABLE.table,
    'Management reviews: inputs covered and decisions taken, with owners (9.3)',
  ],
  [
    CERTIFICATION_TABLE.sheet,
    CERTIFICATION_TABLE.table,
    'The certification cycle: milestones from gap analysis to recertification, planned and actual',
  ],
  [
    FINDINGS_TABLE.sheet,
    FINDINGS_TABLE.table,
    'Audit findings, corrective actions and their effectiveness (9.2, 10.2)',
  ],
];

export function aboutSheet(): SheetPlan {
  const texts: PlanText[] = [
    { row: 1, col: 1, value: 'ISMS workbook: ISO/IEC 27001:2022', role: 'title' },
    {
      row: 2,
      col: 1,
      value:
        'Each part is an Excel table on its own sheet. Keep the table and column names: formulas, the add-in and the checks find data by them.',
      role: 'note',
    },
    ...['Sheet', 'Table', 'Purpose'].map((value, i) => ({
      row: 4,
      col: i + 1,
      value,
      role: 'header' as const,
    })),
    ...PARTS.flatMap(([sheet, table, purpose], i) => [
      { row: 5 + i, col: 1, value: sheet, role: 'label' as const },
      { row: 5 + i, col: 2, value: table, role: 'text' as const },
      { row: 5 + i, col: 3, value: purpose, role: 'text' as const },
    ]),
  ];
  return {
    name: ABOUT_SHEET,
    kind: 'about',
    widths: [
      { col: 1, width: 16 },
      { col: 2, width: 34 },
      { col: 3, width: 90, wrap: true },
    ],
    texts,
    tables: [],
    validations: [],
    formats: [],
    fills: [],
    freeze: { rows: 0, cols: 0 },
    gridLines: false,
    print: { paper: 'A4', repeatHeader: false },
  };
}
