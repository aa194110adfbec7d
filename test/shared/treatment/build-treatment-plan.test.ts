import { describe, expect, it } from 'vitest';
import { buildTreatmentPlan } from '../../../shared/treatment/build-treatment-plan';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { populatedSnapshot, POPULATED_AS_OF } from '../../support/populated';

describe('buildTreatmentPlan', () => {
  const p = buildTreatmentPlan([parseWorkbook(populatedSnapshot()).workbook], {
    asOf: POPULATED_AS_OF,
  });

  it('takes every risk above the acceptance threshold or treated by modifying it', () => {
    // R-4 is retained and below the threshold: not in the plan.
    expect(p.rows.map((r) => r.riskId)).toEqual(['R-1', 'R-2', 'R-3']);
    expect(p.acceptanceThreshold).toBe(9);
    expect(p.summary).toEqual({
      risks: 4,
      inPlan: 3,
      aboveThreshold: 2,
      overdue: 1,
      unowned: 1,
      unapproved: 1,
    });
  });

  it('gives controls with their SoA status, actions, owners, due date, residual and approval', () => {
    const r2 = p.rows[1];
    expect(r2).toMatchObject({
      riskOwner: 'CFO',
      actions: 'Build DR site',
      actionOwner: null,
      due: '2025-03-31',
      status: 'Open',
      residualScore: 16,
      residualRating: 'Critical',
      aboveThreshold: true,
      approvedBy: null,
      overdue: true,
      unowned: true,
    });
    expect(r2.controls).toEqual([
      {
        id: '5.30',
        title: 'ICT readiness for business continuity',
        applicable: true,
        status: 'Not implemented',
      },
      { id: '7.4', title: 'Physical security monitoring', applicable: false, status: null },
    ]);
    expect(p.rows[2]).toMatchObject({
      riskOwner: 'Jane Roe',
      approvedBy: 'CEO',
      approvalDate: '2025-02-01',
      overdue: false,
    });
    expect(p.rows[0].location).toMatchObject({ sheet: 'Risks', cell: 'A2' });
  });
});
