import { describe, expect, it } from 'vitest';
import { readActiveSheet } from '../../../addin/office/read-active-sheet.office';
import { writeImportedRows } from '../../../addin/office/convert.office';
import { importWorkbook } from '../../../shared/import';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { buildWorkbookPlan } from '../../../shared/workbook/plan';
import { fakeWorkbook } from './fake-workbook';

const REGISTER = [
  ['Registre des risques — Acme SAS'],
  [],
  [
    'N°',
    'Actif',
    'Menace',
    'Description',
    'Propriétaire',
    'Probabilité',
    'Impact',
    'Traitement',
    'Mesures Annexe A',
  ],
  [
    'R-01',
    'Serveur',
    'Rançongiciel',
    'Chiffrement des partages',
    'DSI',
    4,
    5,
    'Réduire',
    'A.12.6.1',
  ],
  ['R-02', 'Portables', 'Vol', 'Vol d’un portable', 'IT', 3, 4, 'Réduire', 'A.8.3.1'],
  // Text typed with Excel's apostrophe prefix: it reads as "=cmd|calc" and must stay text.
  ['R-03', 'Site web', 'Défiguration', "'=cmd|calc", 'Com', 2, 2, 'Accepter', null],
];

function register(
  extra: {
    sheets?: { name: string; rows?: unknown[][] }[];
    tables?: { name: string; sheet: string; address: string }[];
  } = {},
) {
  return fakeWorkbook({
    name: 'Acme.xlsx',
    sheets: [
      { name: 'Registre', rows: REGISTER, merges: ['A1:I1'] },
      {
        name: 'Budget',
        rows: [
          ['Poste', 'Montant'],
          ['Audit', 12000],
        ],
      },
      ...(extra.sheets ?? []),
    ],
    active: 'Registre',
    tables: extra.tables,
  });
}

async function convert(x: ReturnType<typeof fakeWorkbook>) {
  const snapshot = await readActiveSheet(x.ctx, { merges: true });
  const result = importWorkbook(snapshot);
  return {
    snapshot,
    result,
    written: await writeImportedRows(x.ctx, result.tables, DEFAULT_METHODOLOGY),
  };
}

describe('readActiveSheet', () => {
  it('reads the active sheet’s used range, merges and workbook name into a one-sheet snapshot', async () => {
    const x = register();
    const s = await readActiveSheet(x.ctx, { merges: true });
    expect(s.name).toBe('Acme.xlsx');
    expect(s.sheets).toHaveLength(1);
    expect(s.sheets[0]).toMatchObject({
      name: 'Registre',
      origin: { row: 1, col: 1 },
      merges: ['A1:I1'],
    });
    expect(s.sheets[0].rows[3]).toEqual(REGISTER[3]);
    expect(x.writes).toEqual([]);
  });

  it('keeps the display text of ids stored as numbers (8.20 read as 8.2)', async () => {
    const x = fakeWorkbook({
      sheets: [
        {
          name: 'SoA',
          rows: [
            ['Control', 'Applicable'],
            [8.2, 'Yes'],
          ],
          text: { A2: '8.20' },
        },
      ],
    });
    const s = await readActiveSheet(x.ctx, { merges: false });
    expect(s.sheets[0].display).toEqual({ A2: '8.20' });
    expect(s.sheets[0].merges).toBeUndefined();
  });

  it('gives an empty sheet for an empty active sheet', async () => {
    const x = fakeWorkbook({ sheets: [{ name: 'Sheet1' }] });
    const s = await readActiveSheet(x.ctx, { merges: true });
    expect(s.sheets[0].rows).toEqual([]);
  });

  it('reports the sheet’s tables, so an already canonical sheet is recognised', async () => {
    const x = fakeWorkbook({
      sheets: [{ name: 'Risks', rows: [['Risk ID'], ['R1']] }],
      tables: [{ name: 'tblRisks', sheet: 'Risks', address: 'A1:A2' }],
    });
    const s = await readActiveSheet(x.ctx, { merges: true });
    expect(s.tables.map((t) => [t.name, t.ref])).toEqual([['tblRisks', 'A1:A2']]);
    expect(importWorkbook(s).canonical).toBe(true);
  });
});

describe('writeImportedRows', () => {
  it('creates the canonical tables when absent and writes the converted rows into tblRisks', async () => {
    const x = register();
    const { written } = await convert(x);
    expect(written.setup?.created).toContain('Risks');
    expect(written.tables).toEqual([
      {
        table: 'tblRisks',
        sheet: 'Risks',
        added: 3,
        completed: 0,
        duplicates: 0,
        missingColumns: [],
      },
    ]);
    const risks = x.rowsOf('Risks');
    expect(risks[0].slice(0, 8)).toEqual([
      'Risk ID',
      'Asset IDs',
      'Threat',
      'Vulnerability',
      'Description',
      'Risk Owner',
      'Likelihood',
      'Impact',
    ]);
    expect(risks.slice(1).map((r) => [r[0], r[5], r[6], r[7], r[11], r[13]])).toEqual([
      ['R-01', 'DSI', 4, 5, 'Modify', 'A.8.8'],
      ['R-02', 'IT', 3, 4, 'Modify', 'A.7.10'],
      ['R-03', 'Com', 2, 2, 'Retain', ''],
    ]);
  });

  it('keeps the calculated score columns as formulas in every written row', async () => {
    const x = register();
    await convert(x);
    const rows = x.rowsOf('Risks').slice(1);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(String(r[8])).toMatch(/^=.*\[@Likelihood\]/);
  });

  it('writes imported text starting with "=" as text, never as a formula', async () => {
    const x = register();
    await convert(x);
    expect(x.rowsOf('Risks')[3][4]).toBe("'=cmd|calc");
  });

  it('never writes to the original sheet or any other user sheet', async () => {
    const x = register();
    const before = { reg: x.rowsOf('Registre'), budget: x.rowsOf('Budget') };
    await convert(x);
    const canonical = buildWorkbookPlan().sheets.map((s) => s.name);
    expect(x.writes.length).toBeGreaterThan(0);
    expect(x.writes.filter((w) => !canonical.includes(w.sheet))).toEqual([]);
    expect(x.rowsOf('Registre')).toEqual(before.reg);
    expect(x.rowsOf('Budget')).toEqual(before.budget);
    expect(x.sheetNames()).toEqual(expect.arrayContaining(['Registre', 'Budget']));
  });

  it('turns events off and suspends calculation while writing, then turns events back on', async () => {
    const x = register();
    await convert(x);
    expect(x.runtime.log.at(-1)).toBe(true);
    expect(x.runtime.log).toContain(false);
    expect(x.calls.filter((c) => c === 'suspend').length).toBeGreaterThanOrEqual(2);
    expect(x.calls).toContain('activate Risks');
  });

  it('appends to an existing tblRisks without touching its rows', async () => {
    const x = register();
    await convert(x);
    const first = x.rowsOf('Risks');
    x.setActive('Registre');
    const { written } = await convert(x);
    expect(written.setup).toBeNull();
    expect(written.tables[0]).toMatchObject({ added: 3 });
    const after = x.rowsOf('Risks');
    expect(after.slice(0, first.length)).toEqual(first);
    expect(after).toHaveLength(first.length + 3);
  });

  it('fills the template’s SoA rows by control id instead of adding duplicates', async () => {
    const soa = [
      ['Réf.', 'Mesure', 'Applicable', 'Justification', 'Statut'],
      ['A.5.1', 'Politiques', 'Oui', 'Politique exigée', 'Implemented'],
      ['A.5.2', 'Rôles', 'Non', 'Hors périmètre', null],
      ['A.5.3', 'Séparation', 'Oui', 'Exigée', 'Planned'],
    ];
    const x = fakeWorkbook({ sheets: [{ name: 'DdA', rows: soa }], active: 'DdA' });
    const { result, written } = await convert(x);
    expect(result.tables.tblSoA).toHaveLength(3);
    expect(written.tables[0]).toMatchObject({
      table: 'tblSoA',
      added: 0,
      completed: 3,
      duplicates: 0,
    });
    const rows = x.rowsOf('SoA');
    expect(rows).toHaveLength(94);
    expect(rows[1].slice(0, 6)).toEqual([
      'A.5.1',
      'Policies for information security',
      'Organizational',
      'Yes',
      'Politique exigée',
      'Implemented',
    ]);
    expect(rows[3].slice(3, 6)).toEqual(['Yes', 'Exigée', 'Planned']);
    expect(rows[4].slice(3, 6)).toEqual(['', '', '']);
  });

  it('reports the rows it could not write when a user sheet holds a canonical sheet name', async () => {
    const x = register({ sheets: [{ name: 'Risks', rows: [['my own notes']] }] });
    const { written } = await convert(x);
    expect(written.tables).toEqual([]);
    expect(written.notWritten).toEqual([
      {
        table: 'tblRisks',
        rows: 3,
        reason: 'a sheet named “Risks” already exists; it was left untouched',
      },
    ]);
    expect(x.rowsOf('Risks')).toEqual([['my own notes']]);
  });
});
