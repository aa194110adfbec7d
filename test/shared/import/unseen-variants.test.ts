/**
 * The "typical misses on unseen files", rebuilt here as new variants (never from the
 * corpus): numeric ids shown through a number format, Polish / Turkish / Swedish headers with a
 * line-break hint, tables far right and far down, band headers, stacked tables whose headers
 * differ, ids Excel turned into dates, an audit findings register, titles naming other controls,
 * and a weak 2005 title match.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS, CONTROLS_2013 } from '../../../shared/catalog/controls';
import { findClause } from '../../../shared/catalog/clauses';
import { getControl } from '../../../shared/catalog/find-control';
import { isoDateToSerial } from '../../../shared/grid/cell';
import type { Cell } from '../../../shared/grid/grid';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { validateWorkbook } from '../../../shared/validation/validate-workbook';
import { canonicalSnapshot } from '../../support/snapshot';
import { workbook } from './fixtures';

const fields = (r: ReturnType<typeof importWorkbook>, i = 0) =>
  r.sheets[i].columns.map((c) => `${c.column}=${c.field}`);
const risks: Cell[][] = [
  ['R-01', 'Ransomware encrypts the file server and its backups', 4, 5, 20, 'Anna Kowalska'],
  ['R-02', 'Phishing steals an administrator password', 3, 4, 12, 'Jan Nowak'],
  ['R-03', 'A laptop with customer data is lost', 2, 3, 6, 'Ewa Zielińska'],
];

describe('ids as people (and Excel) store them', () => {
  it('reads an SoA whose ids in column A are numbers shown through a number format (5.10 kept 5.1)', () => {
    const display: Record<string, string> = {};
    const rows: Cell[][] = CONTROLS.map((c, i) => {
      if (String(Number(c.id)) !== c.id) display[`A${i + 2}`] = c.id;
      return [Number(c.id), c.title, i % 5 ? 'Yes' : 'No', 'reason'];
    });
    const r = importWorkbook(workbook({ rows: [['Qa', 'Qb', 'Qc', 'Qd'], ...rows], display }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 93 });
    const ids = (r.tables.tblSoA ?? []).map((x) => x['Control ID']);
    expect(new Set(ids).size).toBe(93);
    expect(ids).toContain('A.8.20');
  });

  it('reads back half a register of 2013 ids that Excel turned into dates, under unknown headers', () => {
    const [d, m, y] = [10, 1, 2001];
    const asDate = (id: string) => {
      const [a, b, c] = id.split('.').map(Number);
      return isoDateToSerial(
        `${2000 + c}-${String(b).padStart(2, '0')}-${String(a).padStart(2, '0')}`,
      );
    };
    const picked = CONTROLS_2013.filter((c) => /^A\.1[0-2]\./.test(c.id)).slice(0, 12);
    const rows: Cell[][] = picked.map((c, i) => {
      const id = c.id.slice(2);
      return [i % 2 ? asDate(id) : id, c.title, 'Yes'];
    });
    expect(asDate('10.1.1')).toBe(isoDateToSerial(`${y}-0${m}-${d}`));
    const r = importWorkbook(workbook({ rows: [['Qa', 'Qb', 'Qc'], ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', sourceRows: 12, edition: '2013' });
    expect(r.migrations).toHaveLength(12);
  });
});

describe('2022 ids typed where a date was understood', () => {
  it('reads 5.1 … 8.12 stored as 5 January … 8 December (day.month) back as ids', () => {
    const rows: Cell[][] = CONTROLS.map((c, i) => {
      const [a, b] = c.id.split('.').map(Number);
      const mm = String(b).padStart(2, '0');
      const id = b <= 12 ? isoDateToSerial(`2024-${mm}-${String(a).padStart(2, '0')}`) : c.id;
      return [id, c.title, i % 6 ? 'Ja' : 'Nein'];
    });
    const r = importWorkbook(workbook({ rows: [['Qa', 'Qb', 'Qc'], ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 93 });
    expect(fields(r)).toEqual(['A=id', 'B=title', 'C=applicable']);
    expect(r.notes.some((n) => /stored as dates read back/.test(n.message))).toBe(true);
  });
});

describe('headers in Polish, Turkish and Swedish with a hint on a second line', () => {
  it.each([
    [
      'Polish',
      [
        'Id ryzyka\n(unikalny kod)',
        'Opis\n(scenariusz)',
        'Prawdopodobieństwo\n1–5',
        'Wpływ\n1–5',
        'Wartość ryzyka\nP × W',
        'Właściciel\n(osoba)',
      ],
    ],
    [
      'Turkish',
      [
        'Risk No\n(benzersiz)',
        'Açıklama\n(senaryo)',
        'Olasılık\n1-5',
        'Etki\n1-5',
        'Risk Puanı\nO × E',
        'Risk Sahibi\n(kişi)',
      ],
    ],
  ])('maps a %s risk register', (_, head) => {
    const r = importWorkbook(workbook({ rows: [head, ...risks] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'risks', rowsOut: 3 });
    expect(fields(r)).toEqual([
      'A=id',
      'B=description',
      'C=likelihood',
      'D=impact',
      'E=inherentScore',
      'F=owner',
    ]);
  });

  it('maps a Swedish SoA (Ja/Nej)', () => {
    const head = [
      'Nummer\n(t.ex. A.5.1)',
      'Åtgärd\n(titel)',
      'Tillämplig\nJa/Nej',
      'Motivering\n(varför)',
    ];
    const rows = CONTROLS.map((c, i) => [`A.${c.id}`, c.title, i % 4 ? 'Ja' : 'Nej', 'skäl']);
    const r = importWorkbook(workbook({ rows: [head, ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 93 });
    expect(fields(r)).toEqual(['A=id', 'B=title', 'C=applicable', 'D=justification']);
    expect(r.tables.tblSoA?.filter((x) => x.Applicable === 'No')).toHaveLength(24);
  });
});

describe('layouts', () => {
  it('finds a table whose header is in column K, row 30, under a title and notes', () => {
    const pad: Cell[] = Array<Cell>(10).fill(null);
    const notes: Cell[][] = [
      ['Statement of Applicability'],
      [],
      ...Array.from({ length: 20 }, (_, i) => [`Note ${i + 1}: how to fill this in`]),
    ];
    while (notes.length < 29) notes.push([]);
    const rows = CONTROLS.map((c, i) => [...pad, `A.${c.id}`, c.title, i % 3 ? 'Yes' : 'No']);
    const r = importWorkbook(
      workbook({ rows: [...notes, [...pad, 'Control', 'Title', 'Applicable'], ...rows] }),
    );
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 93, headerRows: [30] });
    expect(fields(r)).toEqual(['K=id', 'L=title', 'M=applicable']);
  });

  it('reads a Swedish risk register whose column headers sit under merged band headers', () => {
    const rows: Cell[][] = [
      ['Identifiering', null, null, 'Bedömning', null, null],
      ['Nummer', 'Hot', 'Beskrivning', 'Sannolikhet', 'Konsekvens', 'Riskvärde'],
      ['R-01', 'Brand', 'Brand i serverrummet slår ut driften', 2, 5, 10],
      ['R-02', 'Nätfiske', 'Nätfiske ger tillgång till e-post', 4, 3, 12],
    ];
    const r = importWorkbook(workbook({ rows, merges: ['A1:C1', 'D1:F1'] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'risks', rowsOut: 2 });
    expect(fields(r)).toEqual(
      expect.arrayContaining(['D=likelihood', 'E=impact', 'F=inherentScore']),
    );
  });

  it('reads every stacked Annex A table when the first copy is headed in other words than the rest', () => {
    const part = (from: number, to: number): Cell[][] =>
      CONTROLS.slice(from, to).map((c, i) => [`A.${c.id}`, c.title, i % 2 ? 'Evet' : 'Hayır']);
    const rows: Cell[][] = [
      ['Organizational'],
      ['Ref', 'Name', 'In scope?'],
      ...part(0, 37),
      [],
      ['People'],
      ['Kontrol No', 'Kontrol Adı', 'Uygulanabilir'],
      ...part(37, 45),
      [],
      ['Physical'],
      ['Kontrol No', 'Kontrol Adı', 'Uygulanabilir'],
      ...part(45, 59),
    ];
    const r = importWorkbook(workbook({ rows }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 59, headerRows: [2] });
    expect(r.dropped.filter((d) => /header repeated/.test(d.reason))).toHaveLength(2);
  });
});

describe('kinds and evidence', () => {
  it('imports an audit findings register with unknown headers into tblFindings', () => {
    const rows: Cell[][] = [
      ['Qa', 'Qb', 'Qc', 'Qd', 'Qe'],
      [
        'F-01',
        'Major NC',
        'A.5.15',
        'Access rights are not reviewed for leavers at all',
        '2025-03-01',
      ],
      [
        'F-02',
        'Minor NC',
        'A.8.13',
        'The backup restore test of March was not recorded',
        '2025-03-01',
      ],
      [
        'F-03',
        'Observation',
        '9.2',
        'The audit programme does not show the audit criteria',
        '2025-03-02',
      ],
    ];
    const r = importWorkbook(workbook({ rows }));
    expect(r.sheets[0]).toMatchObject({ kind: 'findings', rowsOut: 3 });
    expect(r.tables.tblFindings?.[0]).toMatchObject({ Type: 'Major NC' });
  });

  it('keeps titles naming other controls, so SOA-TITLE-MISMATCH fires on the imported SoA', () => {
    const rows: Cell[][] = CONTROLS.map((c, i) => [
      `A.${c.id}`,
      i < 5 ? CONTROLS[40 + i].title : c.title,
      'Yes',
      'Needed for our risks',
      'Implemented',
    ]);
    const r = importWorkbook(
      workbook({
        rows: [['Control ID', 'Control', 'Applicable', 'Justification', 'Status'], ...rows],
      }),
    );
    const soa = r.tables.tblSoA ?? [];
    expect(soa[0]['Control Title']).toBe(CONTROLS[40].title);
    const wb = parseWorkbook(canonicalSnapshot('imported.xlsx', { soa })).workbook;
    const mismatches = validateWorkbook(wb, { asOf: '2025-06-30' }).filter(
      (f) => f.rule === 'SOA-TITLE-MISMATCH',
    );
    expect(mismatches.length).toBeGreaterThanOrEqual(5);
  });

  it('lists a weak 2005 title match "to confirm" and does not apply it', () => {
    const r = importWorkbook(
      workbook({
        rows: [
          ['Qa', 'Qb', 'Qc'],
          ['5.1.1', 'Information security policy document', 'Yes'],
          ['6.1.1', 'Management commitment to information security', 'Yes'],
          ['7.1.1', 'Inventory of assets', 'Yes'],
          ['10.10.1', 'Audit logging', 'Yes'],
          ['11.7.2', 'Teleworking', 'Yes'],
        ],
      }),
    );
    expect(r.sheets[0].edition).toBe('2005');
    const weak = r.migrations.find((m) => m.from === '6.1.1');
    expect(weak?.toConfirm).toBe(true);
    const ids = (r.tables.tblSoA ?? []).map((x) => x['Control ID']);
    expect(ids).not.toContain('A.5.8');
    expect(ids).toContain('A.5.9');
    expect(r.dropped.some((d) => /6\.1\.1/.test(d.value ?? '') && /confirm/.test(d.reason))).toBe(
      true,
    );
  });
});

describe('numbers shared by clauses and controls (5.1 … 8.3): the row titles decide', () => {
  const ids = ['5.1', '5.2', '5.3', '6.1', '6.2', '7.1', '7.2', '7.3', '7.4', '7.5', '8.1', '8.2'];
  const clauses: Cell[][] = ids.map((id, i) => [
    id,
    findClause(id)?.title ?? '',
    i % 2 ? 'Compliant' : 'Partial',
  ]);
  const controls: Cell[][] = ids.map((id, i) => [
    id,
    getControl(id)?.title ?? '',
    i % 2 ? 'Implemented' : 'Partially implemented',
  ]);

  it.each([
    ['clause titles, unknown headers', clauses, ['Qa', 'Qb', 'Qc'], 'clauses'],
    [
      'clause titles under an SoA-like header',
      clauses,
      ['Ref', 'Requirement', 'Status'],
      'clauses',
    ],
    ['control titles, unknown headers', controls, ['Qa', 'Qb', 'Qc'], 'soa'],
    ['control titles under a header', controls, ['Ref', 'Title', 'Status'], 'soa'],
  ])('reads %s as the kind its titles name', (_, rows, head, kind) => {
    const r = importWorkbook(workbook({ rows: [head, ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind, rowsOut: 12 });
    expect(fields(r)).toEqual(['A=id', 'B=title', 'C=status']);
  });
});
