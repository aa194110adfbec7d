import { describe, expect, it } from 'vitest';
import { buildSoaReport } from '../../../shared/soa-report/build-soa-report';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { populatedSnapshot, POPULATED_AS_OF } from '../../support/populated';
import { workbook } from '../cross/fixtures';

describe('buildSoaReport', () => {
  const r = buildSoaReport([parseWorkbook(populatedSnapshot()).workbook], {
    asOf: POPULATED_AS_OF,
  });

  it('takes the document control block from the SoA row of tblDocuments', () => {
    expect(r.documentControl).toMatchObject({
      documentId: 'DOC-4',
      version: '3.1',
      owner: 'CISO',
      approvedBy: 'CEO',
      approvalDate: '2025-02-10',
      nextReview: '2026-02-10',
    });
  });

  it('lists all 93 controls with applicability, justification, status, evidence and linked risk ids', () => {
    expect(r.rows).toHaveLength(93);
    const byId = Object.fromEntries(r.rows.map((x) => [x.controlId, x]));
    expect(byId['5.30']).toMatchObject({
      applicable: 'Yes',
      status: 'Not implemented',
      owner: 'COO',
      linkedRisks: ['R-2'],
    });
    expect(byId['7.4']).toMatchObject({
      applicable: 'No',
      justification: 'No premises of our own',
      status: null,
      evidence: null,
      linkedRisks: ['R-2'],
    });
    expect(byId['8.16'].linkedRisks).toEqual(['R-3']);
    expect(byId['8.8'].linkedRisks).toEqual(['R-1']);
    expect(byId['5.1'].justification).toBeTruthy();
    expect(r.summary).toMatchObject({ controls: 93, applicable: 92, excluded: 1, undecided: 0 });
  });

  it('has no document control and undecided controls when the workbook has neither', () => {
    const bare = buildSoaReport([workbook('r.xlsx', { soa: [] })], { asOf: POPULATED_AS_OF });
    expect(bare.documentControl).toBeNull();
    expect(bare.summary.undecided).toBe(93);
  });
});
