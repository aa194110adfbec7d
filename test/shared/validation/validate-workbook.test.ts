import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { validateWorkbook } from '../../../shared/validation/validate-workbook';
import { RULE_SEVERITY } from '../../../shared/validation/severity';
import { canonicalSnapshot, cleanRisk, cleanSoa } from '../../support/snapshot';
import { allFindings } from '../../support/findings';

describe('validateWorkbook', () => {
  it('finds nothing in a clean canonical workbook', () => {
    const risks = [
      cleanRisk('R1'),
      cleanRisk('R2', {
        Treatment: 'Accept',
        'Annex A Controls': null,
        Likelihood: 1,
        Impact: 2,
        'Residual Likelihood': null,
        'Residual Impact': null,
      }),
    ];
    const assets = [{ 'Asset ID': 'A1', 'Asset Name': 'File server', Owner: 'IT' }];
    expect(allFindings(canonicalSnapshot('clean.xlsx', { risks, assets }))).toEqual([]);
    expect(allFindings(canonicalSnapshot('empty.xlsx'))).toEqual([]);
  });

  it('collects the findings of every rule, sorted by sheet, row, column and rule', () => {
    const risks = [
      cleanRisk('R1', { Likelihood: 9, Treatment: 'fix' }),
      cleanRisk('R1', { 'Risk Owner': null }),
    ];
    const soa = cleanSoa().slice(1);
    const { workbook } = parseWorkbook(canonicalSnapshot('w.xlsx', { risks, soa }));
    const fs = validateWorkbook(workbook, { asOf: '2025-06-30' });
    expect(fs.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ['Risks', 'G2', 'RR-SCALE'],
      ['Risks', 'L2', 'RR-TREATMENT-INVALID'],
      ['Risks', 'A3', 'RR-DUP-ID'],
      ['Risks', 'F3', 'RR-REQUIRED'],
      ['SoA', null, 'SOA-MISSING-CONTROL'],
    ]);
  });

  it('gives every finding a severity defined for its rule', () => {
    const risks = [
      cleanRisk('R1', { Likelihood: 'x', 'Annex A Controls': 'A.9.2.3', 'Due Date': 40000 }),
    ];
    const fs = allFindings(canonicalSnapshot('w.xlsx', { risks }, { methodology: null }));
    expect(fs.length).toBeGreaterThan(0);
    for (const f of fs) expect(f.severity).toBe(RULE_SEVERITY[f.rule]);
  });
});
