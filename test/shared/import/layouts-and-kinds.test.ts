/**
 * Layouts people build and the kinds added for them: findings registers (never read as risks),
 * stacked Annex A checklists with repeated headers, band headers over column headers, tables far
 * down and far right, several registers in one workbook.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../shared/catalog/controls';
import { importWorkbook } from '../../../shared/import/import-workbook';
import type { Cell } from '../../../shared/grid/grid';
import { workbook } from './fixtures';

const findings: Cell[][] = [
  [
    'Finding ID',
    'Severity',
    'Clause',
    'Finding',
    'Root cause',
    'Corrective action',
    'Owner',
    'Date raised',
    'Due date',
    'Closed',
    'Verified',
  ],
  [
    'IA-01',
    'Major',
    '9.2',
    'No internal audit programme for 2025',
    'Audit lead left',
    'Appoint auditor and plan audits',
    'ISM',
    45700,
    45760,
    null,
    'No',
  ],
  [
    'IA-02',
    'Minor',
    'A.5.15',
    'Two leavers still had VPN access',
    'Manual offboarding',
    'Automate deprovisioning',
    'IT',
    45701,
    45730,
    45725,
    'Yes',
  ],
  [
    'IA-03',
    'Observation',
    '7.5.3',
    'Old policy versions on the intranet',
    'No retention rule',
    'Archive superseded versions',
    'QA',
    45702,
    45790,
    null,
    null,
  ],
];

describe('internal-audit and nonconformity registers', () => {
  it('imports an audit findings register into tblFindings, not as a risk register', () => {
    const r = importWorkbook(workbook({ rows: findings }));
    expect(r.sheets[0]).toMatchObject({ kind: 'findings', rowsOut: 3 });
    expect(r.tables.tblRisks).toBeUndefined();
    expect(r.tables.tblFindings?.[1]).toMatchObject({
      'Finding ID': 'IA-02',
      Type: 'Minor NC',
      'Clause or Control': 'A.5.15',
      'Root Cause': 'Manual offboarding',
      'Corrective Action': 'Automate deprovisioning',
      Closed: 45725,
      'Effectiveness Verified': 'Yes',
    });
  });

  it('imports each register of a workbook into its own table', () => {
    const soa: Cell[][] = [
      ['Control ID', 'Control', 'Applicable'],
      ...CONTROLS.map((c) => [`A.${c.id}`, c.title, 'Yes']),
    ];
    const risks: Cell[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact'],
      ['R1', 'Fire', 2, 5],
      ['R2', 'Flood', 1, 4],
    ];
    const r = importWorkbook(
      workbook(
        { name: 'SoA', rows: soa },
        { name: 'Risks', rows: risks },
        { name: 'Audit', rows: findings },
      ),
    );
    expect(r.sheets.map((s) => s.kind)).toEqual(['soa', 'risks', 'findings']);
    expect([
      r.tables.tblSoA?.length,
      r.tables.tblRisks?.length,
      r.tables.tblFindings?.length,
    ]).toEqual([93, 2, 3]);
  });
});

describe('layouts', () => {
  it('reads Annex A checklists stacked on one sheet, each header read and none imported as data', () => {
    const head: Cell[] = ['Control', 'Title', 'Status'];
    const part = (from: number, to: number): Cell[][] =>
      CONTROLS.slice(from, to).map((c, i) => [
        `A.${c.id}`,
        c.title,
        i % 2 ? 'Implemented' : 'Partially implemented',
      ]);
    const rows: Cell[][] = [
      ['Organizational controls'],
      head,
      ...part(0, 37),
      [],
      ['People controls'],
      head,
      ...part(37, 45),
      [],
      ['Physical controls'],
      head,
      ...part(45, 59),
    ];
    const r = importWorkbook(workbook({ rows }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 59 });
    expect(r.dropped.filter((d) => /header repeated/.test(d.reason))).toHaveLength(2);
    expect(
      r.tables.tblSoA?.find((x) => x['Control ID'] === 'A.7.1')?.['Implementation Status'],
    ).toBe('Partially implemented');
  });

  it('reads a Greek asset inventory whose column headers sit under a band header', () => {
    const rows: Cell[][] = [
      ['ΜΗΤΡΩΟ ΠΕΡΙΟΥΣΙΑΚΩΝ ΣΤΟΙΧΕΙΩΝ'],
      ['Ταυτότητα', null, null, 'Αξιολόγηση', null, null],
      ['Κωδικός', 'Όνομα', 'Ιδιοκτήτης', 'Εμπιστευτικότητα', 'Ακεραιότητα', 'Διαθεσιμότητα'],
      ['ΠΣ-01', 'Διακομιστής αρχείων', 'Τμήμα IT', 3, 2, 3],
      ['ΠΣ-02', 'Βάση δεδομένων ασθενών', 'Ιατρική διεύθυνση', 3, 3, 2],
    ];
    const r = importWorkbook(workbook({ rows, merges: ['A1:F1', 'A2:C2', 'D2:F2'] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'assets', rowsOut: 2 });
    expect(r.tables.tblAssets?.[1]).toMatchObject({
      'Asset ID': 'ΠΣ-02',
      Confidentiality: 3,
      Availability: 2,
    });
  });

  it('finds a table far down and far right of notes', () => {
    const notes: Cell[][] = Array.from({ length: 150 }, (_, i) => [
      `Instruction line ${i + 1}: read the method first`,
    ]);
    const table: Cell[][] = [
      ['Risk ID', 'Threat', 'Likelihood', 'Impact'],
      ['R1', 'Fire', 2, 5],
      ['R2', 'Flood', 1, 4],
    ];
    const pad: Cell[] = Array<Cell>(120).fill(null);
    const r = importWorkbook(
      workbook({ rows: [...notes, ...table.map((row) => [...pad, ...row])] }),
    );
    expect(r.sheets[0]).toMatchObject({ kind: 'risks', rowsOut: 2, headerRows: [151] });
  });
});
