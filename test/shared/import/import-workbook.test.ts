import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { workbook } from './fixtures';

describe('importWorkbook: risk registers', () => {
  const riskSheet = {
    name: 'Register',
    rows: [
      ['Risk register 2025'],
      [],
      ['Risk ID', 'Asset', 'Threat', 'Risk', null, 'Owner'],
      [null, null, null, 'Likelihood', 'Impact', null],
      ['R-1', 'Laptop', 'Theft', 4, 3, 'IT'],
      ['R-2', null, 'Loss', 2, 5, 'IT'],
      ['Scales', null, null, null, null, null],
      [],
      [],
      [null, null, null, 1, 'Low'],
      [null, null, null, 2, 'High'],
    ],
    merges: ['A1:F1', 'D3:E3', 'A3:A4', 'B3:B4', 'C3:C4', 'F3:F4', 'B5:B6'],
    formulas: ['A7'],
  };

  it('finds a two-row merged header under a title and reads Parent / Child labels', () => {
    const r = importWorkbook(workbook(riskSheet));
    const s = r.sheets[0];
    expect(s.kind).toBe('risks');
    expect(s.headerRows).toEqual([3, 4]);
    expect(s.columns.find((c) => c.field === 'likelihood')).toMatchObject({
      column: 'D',
      header: 'Risk / Likelihood',
    });
    expect(s.columns.find((c) => c.field === 'impact')?.column).toBe('E');
    expect(s.confidence).toBeGreaterThan(0.5);
  });

  it('fills vertically merged cells down and stops before the legend after the gap', () => {
    const r = importWorkbook(workbook(riskSheet));
    const rows = r.tables.tblRisks ?? [];
    expect(rows.map((x) => x['Risk ID'])).toEqual(['R-1', 'R-2']);
    expect(rows[1]['Asset IDs']).toBe('Laptop');
    expect(r.dropped.some((d) => d.rows?.[0] === 10 && /legend/.test(d.reason))).toBe(true);
  });

  it('assigns risk ids where the source has none and says so', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Threat', 'Vulnerability', 'Likelihood', 'Impact'],
          ['Fire', 'No sprinkler', 2, 5],
        ],
      }),
    );
    expect(r.tables.tblRisks?.[0]['Risk ID']).toBe('R-001');
    expect(r.notes.some((n) => /R-001 assigned/.test(n.message))).toBe(true);
  });

  it('migrates 2013 control references in a risk row to 2022', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Risk ID', 'Threat', 'Likelihood', 'Impact', 'Controls'],
          ['R1', 'Fire', 2, 5, 'A.9.2.3, A.8.20'],
        ],
      }),
    );
    expect(r.tables.tblRisks?.[0]['Annex A Controls']).toBe('A.8.2, A.8.20');
    expect(r.migrations).toMatchObject([{ from: 'A.9.2.3', fromEdition: '2013', to: ['A.8.2'] }]);
  });
});

describe('importWorkbook: SoA', () => {
  it('tells 8.2 from 8.20 by the display text, then by the title', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Control', 'Title', 'Applicable'],
          [8.2, 'Networks security', 'Yes'],
          [8.2, 'Privileged access rights', 'Yes'],
          [8.3, 'Information access restriction', 'No'],
          [8.2, null, 'No'],
        ],
        display: { A5: '8.20' },
      }),
    );
    const ids = (r.tables.tblSoA ?? []).map((x) => x['Control ID']);
    expect(ids).toEqual(['A.8.2', 'A.8.3', 'A.8.20']);
    expect(r.notes.some((n) => n.message.includes('A.8.20'))).toBe(true);
  });

  it('migrates a 2013 SoA: several old rows into one new, one old into several, and reports the new controls missing', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Control', 'Name', 'Applicable', 'Justification'],
          ['A.5', 'Information security policies'],
          ['A.5.1.1', 'Policies for information security', 'Ναι', 'Required'],
          ['A.5.1.2', 'Review of the policies', 'Χ', 'Annual review'],
          ['A.18.2.3', 'Technical compliance review', 'Όχι', 'Outsourced'],
        ],
        merges: ['B2:D2'],
      }),
    );
    expect(r.sheets[0].edition).toBe('2013');
    const soa = r.tables.tblSoA ?? [];
    expect(soa.map((x) => x['Control ID'])).toEqual(['A.5.1', 'A.5.36', 'A.8.8']);
    expect(soa[0].Applicable).toBe('Yes');
    expect(soa[0].Justification).toBe('[A.5.1.1] Required; [A.5.1.2] Annual review');
    expect(soa[1].Applicable).toBe('No');
    expect(r.migrations.find((m) => m.from === 'A.18.2.3')?.to).toEqual(['A.5.36', 'A.8.8']);
    expect(r.missingControls).toContain('5.7');
    expect(r.findings.find((f) => f.rule === 'IMPORT-MISSING-CONTROLS')?.message).toMatch(
      /new in ISO\/IEC 27001:2022/,
    );
  });

  it('detects 2005 numbering and matches controls to 2013 by title', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['ISO 27001:2005 Controls', null, 'Selected'],
          ['Sec', 'Control', 'Applicable'],
          [5.1, 'Information Security Policy', null],
          ['5.1.1', 'Information Security Policy Document', '▪'],
          ['6.1.5', 'Confidentiality agreements', '▪'],
          ['10.10.1', 'Audit logging', '▪'],
        ],
      }),
    );
    expect(r.sheets[0].edition).toBe('2005');
    expect(r.migrations.map((m) => [m.from, m.fromEdition])).toContainEqual(['6.1.5', '2005']);
    expect((r.tables.tblSoA ?? []).map((x) => x['Control ID'])).toContain('A.6.6');
  });

  it('explains a sheet that mixes 2013 ids with 2022 theme labels', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Objectifs', 'Contrôle', 'Mesure', 'Applicabilité'],
          ['A.5 Organisationnels', '5.1.1', 'Politiques', 'Oui'],
          [null, '5.1.2', 'Revue', 'Non'],
          ['A.6 Personnes', '6.1.2', 'Séparation des tâches', 'Oui'],
        ],
      }),
    );
    expect(r.sheets[0].edition).toBe('mixed');
    expect(r.sheets[0].explanation).toMatch(/mixes two numbering schemes/);
    expect(r.findings.some((f) => f.rule === 'IMPORT-MIXED-NUMBERING')).toBe(true);
  });

  it('drops section rows merged across the table and reports them', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Control ID', 'Control Name', 'Applicable', 'Status'],
          ['5 Organizational controls'],
          ['5.1', 'Policies', 'Yes', 'Implemented'],
          ['5.2', 'Roles', 'Yes', '✅'],
        ],
        merges: ['A2:D2'],
      }),
    );
    expect(r.tables.tblSoA).toHaveLength(2);
    expect(r.tables.tblSoA?.[1]['Implementation Status']).toBe('Implemented');
    expect(
      r.dropped.some((d) => d.value === '5 Organizational controls' && /section/.test(d.reason)),
    ).toBe(true);
  });

  it('does not import a summary table that repeats controls of the main SoA', () => {
    const main = {
      name: 'SoA',
      rows: [['Control ID', 'Applicable'], ...['5.1', '5.2', '5.3', '5.4'].map((i) => [i, 'Yes'])],
    };
    const summary = {
      name: 'Dashboard',
      rows: [
        ['Control', 'Status'],
        ['5.2', 'Planned'],
        ['5.3', 'Planned'],
      ],
    };
    const r = importWorkbook(workbook(main, summary));
    expect(r.tables.tblSoA).toHaveLength(4);
    expect(r.sheets[1]).toMatchObject({ kind: 'other' });
    expect(r.sheets[1].explanation).toMatch(/repeats 2 controls/);
  });
});

describe('importWorkbook: other inputs', () => {
  it('recognises a canonical workbook and imports nothing', () => {
    const wb = {
      ...workbook({ name: 'Risks', rows: [['Risk ID']] }),
      tables: [
        {
          name: 'tblRisks',
          sheet: 'Risks',
          ref: 'A1:A2',
          hasHeaderRow: true,
          columns: ['Risk ID'],
        },
      ],
    };
    const r = importWorkbook(wb);
    expect(r.canonical).toBe(true);
    expect(r.tables).toEqual({});
  });

  it('applies a user mapping instead of detection', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['x', 'y', 'z'],
          ['Fire', 3, 4],
        ],
      }),
      {
        mapping: {
          version: 1,
          sheets: {
            Sheet1: {
              kind: 'risks',
              headerRow: 1,
              columns: { A: 'threat', B: 'likelihood', z: 'impact' },
            },
          },
        },
      },
    );
    expect(r.sheets[0]).toMatchObject({ kind: 'risks', confidence: 1 });
    expect(r.tables.tblRisks?.[0]).toMatchObject({ Threat: 'Fire', Likelihood: 3, Impact: 4 });
  });

  it('maps an asset inventory with C/I/A children and a clause checklist', () => {
    const assets = importWorkbook(
      workbook({
        rows: [
          ['Actif', 'Besoin de sécurité', null, null],
          [null, 'D', 'I', 'C'],
          ['Serveur', 4, 2, 3],
        ],
        merges: ['B1:D1', 'A1:A2'],
      }),
    );
    expect(assets.tables.tblAssets?.[0]).toMatchObject({
      'Asset Name': 'Serveur',
      Availability: 4,
      Integrity: 2,
      Confidentiality: 3,
    });
    const clauses = importWorkbook(
      workbook({
        rows: [
          ['Clause', 'Requirement', 'Status'],
          [4.1, 'Context', 'C'],
          ['7.4,7.5', 'Comms', '[Check]'],
        ],
      }),
    );
    expect(clauses.tables.tblClauses?.map((c) => [c.Clause, c.Status])).toEqual([
      ['4.1', 'Conformant'],
      ['7.4', null],
      ['7.5', null],
    ]);
  });

  it('leaves prose sheets as other and explains an empty template', () => {
    const r = importWorkbook(
      workbook(
        { name: 'Intro', rows: [['Welcome'], ['Read me first']] },
        { name: 'SoA', rows: [['Control No.', 'Control', 'Applicable?']] },
      ),
    );
    expect(r.sheets.map((s) => s.kind)).toEqual(['other', 'soa']);
    expect(r.sheets[1].explanation).toMatch(/no data rows/);
  });
});
