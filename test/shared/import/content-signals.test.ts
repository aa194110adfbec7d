/**
 * Content-first detection: each signal on a small workbook built here (never from the corpus),
 * with headers a detector has not seen — in Czech, with hints, unknown words, or none at all.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../shared/catalog/controls';
import { isoDateToSerial } from '../../../shared/grid/cell';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { titleNamesOtherControl } from '../../../shared/soa/title-match';
import type { Cell } from '../../../shared/grid/grid';
import { workbook } from './fixtures';

const field = (r: ReturnType<typeof importWorkbook>, f: string, i = 0) =>
  r.sheets[i].columns.find((c) => c.field === f);

/** An SoA body: every 2022 control, alternating applicability words. */
function soaRows(yes: string, no: string, id = (c: string) => `A.${c}`): Cell[][] {
  return CONTROLS.map((c, i) => [id(c.id), c.title, i % 9 === 0 ? no : yes, `why ${i}`]);
}

describe('Annex A ids make an SoA whatever the headers say', () => {
  it('reads a Czech SoA with A.5.1 … A.8.34 in column A', () => {
    const r = importWorkbook(
      workbook({
        rows: [['Opatření', 'Název', 'Použitelnost', 'Zdůvodnění'], ...soaRows('Ano', 'Ne')],
      }),
    );
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 93, headerRows: [1] });
    const soa = r.tables.tblSoA ?? [];
    expect(soa.filter((x) => x.Applicable === 'No')).toHaveLength(11);
    expect(soa.filter((x) => x.Applicable === 'Yes')).toHaveLength(82);
  });

  it('finds the id and applicability columns from the cells when no header word is known', () => {
    const r = importWorkbook(
      workbook({ rows: [['Qq', 'Zz', 'Ww', 'Vv'], ...soaRows('Y', 'N', (c) => c)] }),
    );
    expect(r.sheets[0].kind).toBe('soa');
    expect(r.sheets[0].rowsOut).toBe(93);
    expect(field(r, 'id')).toMatchObject({
      column: 'A',
      evidence: 'column A: 93 of 93 cells are Annex A 2022 ids',
    });
    expect(field(r, 'applicable')?.column).toBe('C');
  });

  it('reads the applicability vocabulary from the workbook’s own validation list', () => {
    const rows: Cell[][] = CONTROLS.map((c, i) => [`Control ${c.id}`, i % 2 ? 'In' : 'Out']);
    const r = importWorkbook(
      workbook({
        rows: [['Ref', 'Zz'], ...rows],
        validations: [{ sqref: 'B2:B94', values: ['In', 'Out'] }],
      }),
    );
    expect(field(r, 'applicable')).toMatchObject({
      column: 'B',
      evidence: expect.stringMatching(/validation list/),
    });
  });

  it('keeps the titles as written, so SOA-TITLE-MISMATCH can see titles naming other controls', () => {
    const wrong: Cell[][] = CONTROLS.slice(0, 10).map((c, i) => [
      `A.${c.id}`,
      CONTROLS[20 + i].title,
      'Yes',
    ]);
    const r = importWorkbook(
      workbook({ rows: [['Control ID', 'Control', 'Applicable'], ...wrong] }),
    );
    const soa = r.tables.tblSoA ?? [];
    expect(soa[0]['Control Title']).toBe(CONTROLS[20].title);
    expect(titleNamesOtherControl(String(soa[0]['Control Title']), '5.1')?.id).toBe(
      CONTROLS[20].id,
    );
  });

  it('reads ids that Excel stored as dates back as ids (10.1.1 kept as 10 January 2001)', () => {
    const serial = (d: number, m: number, y: number) =>
      isoDateToSerial(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const rows: Cell[][] = [
      ['Control', 'Title', 'Applicable'],
      ['A.5.1.1', 'Policies for information security', 'Yes'],
      [serial(10, 1, 2001), 'Documented operating procedures', 'Yes'],
      [serial(10, 1, 2002), 'Change management', 'Yes'],
      [serial(11, 1, 2001), 'Physical security perimeter', 'No'],
      ['A.9.1.1', 'Access control policy', 'Yes'],
    ];
    const r = importWorkbook(workbook({ rows }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', edition: '2013', sourceRows: 5 });
    expect(r.migrations.map((m) => m.from)).toEqual([
      'A.5.1.1',
      'A.10.1.1',
      'A.10.1.2',
      'A.11.1.1',
      'A.9.1.1',
    ]);
    expect(r.notes.some((n) => /stored as dates read back/.test(n.message))).toBe(true);
  });
});

describe('scored columns and other signals', () => {
  const register: Cell[][] = [
    ['R-01', 'Ransomware encrypts the file server and its backups', 4, 5, 20, 'Jana Nováková'],
    [
      'R-02',
      'Phishing steals the credentials of a privileged administrator',
      3,
      4,
      12,
      'Petr Svoboda',
    ],
    [
      'R-03',
      'Laptop with unencrypted customer data is lost while travelling',
      2,
      3,
      6,
      'Eva Dvořáková',
    ],
    [
      'R-04',
      'Supplier outage stops the order portal for more than a day',
      3,
      3,
      9,
      'Jana Nováková',
    ],
  ];

  it('reads "Risk ID" plus a Czech hint on a second line as the risk id header', () => {
    const head = [
      'Risk ID\n(jedinečný kód)',
      'Description\npopis rizika',
      'Likelihood\npravděpodobnost 1–5',
      'Impact\ndopad 1–5',
      'Score\nP × D',
      'Owner\nvlastník',
    ];
    const r = importWorkbook(workbook({ rows: [head, ...register] }));
    expect(r.sheets[0].kind).toBe('risks');
    expect(r.sheets[0].columns.map((c) => [c.column, c.field])).toEqual([
      ['A', 'id'],
      ['B', 'description'],
      ['C', 'likelihood'],
      ['D', 'impact'],
      ['E', 'inherentScore'],
      ['F', 'owner'],
    ]);
  });

  it('finds likelihood, impact and score from a product column under unknown headers', () => {
    const r = importWorkbook(
      workbook({ rows: [['Xa', 'Xb', 'Xc', 'Xd', 'Xe', 'Xf'], ...register] }),
    );
    expect(r.sheets[0]).toMatchObject({ kind: 'risks', rowsOut: 4 });
    expect(field(r, 'likelihood')?.column).toBe('C');
    expect(field(r, 'impact')?.column).toBe('D');
    expect(field(r, 'inherentScore')?.evidence).toMatch(/E = C × D on 4 of 4 rows/);
    expect(field(r, 'id')?.evidence).toMatch(/unique short codes/);
    expect(field(r, 'owner')?.evidence).toMatch(/person-like names/);
  });

  it('does not take a risk matrix (proportional columns) for a register', () => {
    const matrix: Cell[][] = [
      [null, 1, 2, 3],
      [1, 1, 2, 3],
      [2, 2, 4, 6],
      [3, 3, 6, 9],
      [4, 4, 8, 12],
    ];
    expect(importWorkbook(workbook({ rows: matrix })).sheets[0].kind).toBe('other');
  });

  it('reads clause numbers 4.1–10.2 with statuses as a clause checklist', () => {
    const ids = ['4.1', '4.2', '5.1', '6.1.2', '9.2', '10.2'];
    const rows: Cell[][] = ids.map((id, i) => [
      id,
      `Requirement ${i}`,
      i % 2 ? 'Compliant' : 'Not compliant',
    ]);
    const r = importWorkbook(workbook({ rows: [['Xa', 'Xb', 'Xc'], ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'clauses', rowsOut: 6 });
  });

  it('says which signals it found and which are missing when no kind is certain', () => {
    const list: Cell[][] = CONTROLS.slice(0, 20).map((c) => [`A.${c.id}`, c.title]);
    const s = importWorkbook(workbook({ rows: [['Ref', 'Text'], ...list] })).sheets[0];
    expect(s.kind).toBe('other');
    expect(s.signals?.found[0]).toBe('column A: 20 of 20 cells are Annex A 2022 ids');
    expect(s.signals?.missing[0]).toMatch(/no applicability, implementation status/);
    expect(s.explanation).toMatch(/no kind is certain/);
  });
});
