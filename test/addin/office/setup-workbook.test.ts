import { describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../../addin/office/setup-workbook.office';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { riskFormulas, toDisplayForm } from '../../../shared/workbook/formulas';
import { buildWorkbookPlan } from '../../../shared/workbook/plan';
import { fakeExcel } from './fake-excel';

const CANONICAL_SHEETS = [
  'About',
  'Methodology',
  'Assets',
  'Risks',
  'SoA',
  'Clauses',
  'Documents',
  'Objectives',
  'Reviews',
  'Certification',
  'Findings',
];

describe('setupWorkbook', () => {
  it('creates every canonical sheet and table in a workbook that has none', async () => {
    const x = fakeExcel({ sheets: ['Sheet1'] });
    const result = await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    expect(result.created).toEqual(CANONICAL_SHEETS);
    expect(result.skipped).toEqual([]);
    expect(x.addedSheets).toEqual(CANONICAL_SHEETS);
    expect(x.addedTables.map((t) => t.name)).toEqual([
      'tblMethod',
      'tblLikelihood',
      'tblImpact',
      'tblRatings',
      'tblMatrix',
      'tblAssets',
      'tblRisks',
      'tblSoA',
      'tblClauses',
      'tblDocuments',
      'tblObjectives',
      'tblReviews',
      'tblCertification',
      'tblFindings',
    ]);
    expect(buildWorkbookPlan().sheets.map((s) => s.name)).toEqual(CANONICAL_SHEETS);
    expect(x.addedTables.find((t) => t.name === 'tblRisks')?.address).toBe('Risks!A1:X2');
  });

  it('sets the four score and rating columns of tblRisks to the native formulas', async () => {
    const x = fakeExcel({ sheets: [] });
    await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    const f = riskFormulas(DEFAULT_METHODOLOGY);
    const formulaOf = (col: string) =>
      x.writes.find((w) => w.kind === 'formulas' && w.address === `tblRisks[${col}]`)?.value;
    expect(formulaOf('Inherent Score')).toEqual([[`=${toDisplayForm(f.inherentScore)}`]]);
    expect(formulaOf('Residual Rating')).toEqual([[`=${toDisplayForm(f.residualRating)}`]]);
    expect(x.writes.filter((w) => w.kind === 'formulas')).toHaveLength(4);
  });

  it('adds list validations and band colours', async () => {
    const x = fakeExcel({ sheets: [] });
    await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    const treatment = x.writes.find(
      (w) => w.kind === 'validation' && w.sheet === 'Risks' && w.address === 'L2:L202',
    );
    expect(treatment?.value).toEqual({
      list: { inCellDropDown: true, source: 'Modify,Retain,Avoid,Share' },
    });
    const likelihood = x.writes.find(
      (w) => w.kind === 'validation' && w.sheet === 'Risks' && w.address === 'G2:G202',
    );
    expect(likelihood?.value).toEqual({
      list: { inCellDropDown: true, source: "='Methodology'!$A$11:$A$15" },
    });
    // Score and rating cells coloured by the rating text in the same row, as in the CLI template.
    const bandRules = x.writes.filter(
      (w) => w.kind === 'cf' && w.sheet === 'Risks' && w.address === 'I2:J202',
    );
    expect(bandRules.map((w) => w.value)).toEqual(DEFAULT_METHODOLOGY.bands.map(() => 'Custom'));
  });

  it('prefills the SoA with the 93 Annex A controls and the methodology with the default scales', async () => {
    const x = fakeExcel({ sheets: [] });
    await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    const soa = x.writes.find((w) => w.kind === 'values' && w.sheet === 'SoA')
      ?.value as unknown[][];
    expect(soa).toHaveLength(94);
    expect(soa[1].slice(0, 3)).toEqual([
      'A.5.1',
      'Policies for information security',
      'Organizational',
    ]);
    const lik = x.writes.find(
      (w) => w.kind === 'values' && w.sheet === 'Methodology' && w.address === 'A10:C15',
    )?.value as unknown[][];
    expect(lik[0]).toEqual(['Level', 'Label', 'Description']);
    expect(lik).toHaveLength(6);
  });

  it('writes nothing to the user’s existing sheets', async () => {
    const x = fakeExcel({ sheets: ['Sheet1', 'Budget'] });
    await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    const touched = new Set(x.writes.map((w) => w.sheet));
    expect([...touched].every((s) => x.addedSheets.includes(s))).toBe(true);
    expect(touched.has('Sheet1') || touched.has('Budget')).toBe(false);
  });

  it('skips a canonical sheet that already exists and says why', async () => {
    const x = fakeExcel({ sheets: ['risks'] });
    const result = await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    expect(result.created).not.toContain('Risks');
    expect(result.skipped).toEqual([
      { sheet: 'Risks', reason: 'a sheet named “Risks” already exists; it was left untouched' },
    ]);
    expect(x.writes.some((w) => w.sheet.toLowerCase() === 'risks')).toBe(false);
  });

  it('creates tblRisks without formulas when the Methodology tables cannot be created', async () => {
    const x = fakeExcel({ sheets: ['Methodology'] });
    const result = await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    expect(result.formulas).toBe(false);
    expect(result.created).toContain('Risks');
    expect(x.writes.filter((w) => w.kind === 'formulas')).toEqual([]);
  });

  it('does nothing when every canonical sheet exists', async () => {
    const x = fakeExcel({ sheets: CANONICAL_SHEETS });
    const result = await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    expect(result.created).toEqual([]);
    expect(result.skipped).toHaveLength(CANONICAL_SHEETS.length);
    expect(x.writes).toEqual([]);
  });

  it('turns events off and suspends calculation during the write, and turns events back on', async () => {
    const x = fakeExcel({ sheets: [] });
    await setupWorkbook(x.ctx, DEFAULT_METHODOLOGY);
    expect(x.runtime.log).toEqual([false, true]);
    expect(x.calls).toContain('suspend');
  });
});
