import { describe, expect, it } from 'vitest';
import { DEFAULT_METHODOLOGY } from '../../../../shared/risk/methodology';
import { riskFormulas } from '../../../../shared/workbook/formulas';
import { ALL_TABLES, MANDATORY_DOCUMENTS } from '../../../../shared';
import {
  buildWorkbookPlan,
  DATA_TABLES,
  type SheetPlan,
  type TablePlan,
} from '../../../../shared/workbook/plan';

const sheet = (name: string, plan = buildWorkbookPlan()): SheetPlan =>
  plan.sheets.find((s) => s.name === name)!;
const table = (s: SheetPlan, name = s.tables[0].name): TablePlan =>
  s.tables.find((t) => t.name === name)!;

describe('buildWorkbookPlan', () => {
  it('plans About, Methodology and one register per data table, every canonical table once', () => {
    const plan = buildWorkbookPlan();
    expect(plan.sheets.map((s) => s.name)).toEqual([
      'About',
      'Methodology',
      ...DATA_TABLES.map((d) => d.sheet),
    ]);
    const tables = plan.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(tables.sort()).toEqual([...ALL_TABLES.map((d) => d.table), 'tblMatrix'].sort());
  });

  it('prefills the SoA as A.5.1 …, the clauses as Not assessed and the mandatory documents', () => {
    const soa = table(sheet('SoA'));
    expect(soa.rows).toHaveLength(93);
    expect(soa.rows[0].slice(0, 3)).toEqual([
      'A.5.1',
      'Policies for information security',
      'Organizational',
    ]);
    const clauses = table(sheet('Clauses'));
    expect(clauses.rows.map((r) => r[2])).toEqual(clauses.rows.map(() => 'Not assessed'));
    const docs = table(sheet('Documents'));
    expect(docs.rows).toHaveLength(MANDATORY_DOCUMENTS.length);
    expect(docs.rows.map((r) => r[0])).toEqual(
      MANDATORY_DOCUMENTS.map((_, i) => `DOC-${String(i + 1).padStart(2, '0')}`),
    );
    // The organisation decides what 7.5.1 b) covers: its kind is left to it.
    const orgDefined = docs.rows.find((r) => String(r[2]).startsWith('7.5.1'))!;
    expect(orgDefined[3]).toBeNull();
    expect(table(sheet('Certification')).rows).toEqual([
      [null, null, null, null, null, null, null],
    ]);
  });

  it('takes a caller’s starter rows for a table, normalising dates to serials', () => {
    const plan = buildWorkbookPlan({
      starterRows: {
        tblCertification: [
          { Milestone: 'Stage 1 audit', 'Planned Date': '2026-03-02', Status: 'Planned' },
          { Milestone: 'Stage 2 audit', 'Planned Date': '2026-05-04', Status: 'Planned' },
        ],
      },
    });
    const t = table(sheet('Certification', plan));
    expect(t.ref).toBe('A1:G3');
    expect(t.rows[0].slice(0, 4)).toEqual(['Stage 1 audit', 46083, null, 'Planned']);
    expect(t.columns[1].numberFormat).toBe('yyyy-mm-dd');
  });

  it('keeps given rows and appends only the starter rows they lack when prefill is true', () => {
    const plan = buildWorkbookPlan({
      rows: { tblSoA: [{ 'Control ID': '5.1', Applicable: 'Yes' }] },
      prefill: true,
    });
    const ids = table(sheet('SoA', plan)).rows.map((r) => r[0]);
    expect(ids).toHaveLength(93);
    expect(ids.slice(0, 2)).toEqual(['5.1', 'A.5.2']);
  });

  it('rejects rows or starter rows for a table that is not a data table', () => {
    expect(() => buildWorkbookPlan({ rows: { tblMatrix: [] } })).toThrow(/no data table tblMatrix/);
    expect(() => buildWorkbookPlan({ starterRows: { tblRatings: [] } })).toThrow(
      /no data table tblRatings/,
    );
  });

  it('scores tblRisks with calculated columns, level lists and band colours', () => {
    const risks = sheet('Risks');
    const t = table(risks);
    const f = riskFormulas(DEFAULT_METHODOLOGY);
    expect(t.columns.find((c) => c.header === 'Inherent Score')?.calculated).toBe(f.inherentScore);
    expect(t.rows[0][8]).toEqual({ formula: f.inherentScore, result: '' });
    expect(risks.validations.find((v) => v.ref === 'G2:G202')?.range).toBe(
      "'Methodology'!$A$11:$A$15",
    );
    expect(risks.formats.map((x) => x.ref)).toEqual(['I2:J202', 'T2:U202']);
    expect(risks.freeze).toEqual({ rows: 1, cols: 1 });
  });

  it('leaves scoring out when the Methodology tables will not be there', () => {
    const risks = sheet('Risks', buildWorkbookPlan({ scoring: false }));
    const t = table(risks);
    expect(t.columns.some((c) => c.calculated)).toBe(false);
    expect(t.rows[0][8]).toBeNull();
    expect(risks.validations.some((v) => v.range)).toBe(false);
    expect(risks.formats).toEqual([]);
  });

  it('writes a documented matrix as given and fills a product method’s matrix with products', () => {
    const m = {
      ...DEFAULT_METHODOLOGY,
      formula: 'matrix' as const,
      matrix: DEFAULT_METHODOLOGY.likelihood.map((l) =>
        DEFAULT_METHODOLOGY.impact.map(() => l.level),
      ),
    };
    const meth = (x: typeof m) =>
      table(sheet('Methodology', buildWorkbookPlan({ methodology: x })), 'tblMatrix');
    expect(meth(m).rows[4]).toEqual([5, 5, 5, 5, 5, 5]);
    expect(meth({ ...m, formula: 'product', matrix: null } as never).rows[4]).toEqual([
      5, 5, 10, 15, 20, 25,
    ]);
    const method = table(sheet('Methodology', buildWorkbookPlan({ methodology: m })), 'tblMethod');
    expect(method.rows[0]).toEqual(['Score formula', 'Matrix']);
  });
});

describe('buildWorkbookPlan rows', () => {
  it('matches headers case-insensitively and never reads a value from the object prototype', () => {
    const plan = buildWorkbookPlan({
      rows: { tblAssets: [{ 'asset id': 'A-1', constructor: 'kept' }, { 'Asset ID': 'A-2' }] },
    });
    const t = table(sheet('Assets', plan));
    expect(t.columns.at(-1)?.header).toBe('constructor');
    expect(t.rows.map((r) => [r[0], r.at(-1)])).toEqual([
      ['A-1', 'kept'],
      ['A-2', null],
    ]);
  });
});
