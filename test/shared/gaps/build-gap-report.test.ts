import { describe, expect, it } from 'vitest';
import { buildGapReport } from '../../../shared/gaps/build-gap-report';
import { gapWorkbook } from './fixtures';
import { cleanRisk, THREE_BY_THREE, workbook } from '../cross/fixtures';

const asOf = '2025-06-30';

describe('buildGapReport', () => {
  const report = buildGapReport([gapWorkbook()], { asOf });

  it('lists all 30 assessable clauses with their recorded status, Not assessed when missing', () => {
    expect(report.clauses).toHaveLength(30);
    const byId = Object.fromEntries(report.clauses.map((c) => [c.id, c]));
    expect(byId['4.1']).toMatchObject({
      status: 'Partial',
      recorded: true,
      section: '4 Context of the organization',
    });
    expect(byId['4.1'].source).toEqual({
      workbook: 'isms.xlsx',
      sheet: 'Clauses',
      cell: 'C2',
      row: 2,
    });
    expect(byId['9.2.2']).toMatchObject({ status: 'Not assessed', recorded: false, source: null });
    expect(report.summary.clauses).toEqual({
      Conformant: 25,
      Partial: 4,
      Nonconformant: 0,
      'Not assessed': 1,
    });
  });

  it('applies a row for a parent clause (9.3) to its sub-clauses that have none', () => {
    const mr = report.clauses.filter((c) => c.id.startsWith('9.3'));
    expect(mr.map((c) => `${c.id}:${c.status}:${c.evidence}`)).toEqual([
      '9.3.1:Partial:MR minutes 2025-03',
      '9.3.2:Partial:MR minutes 2025-03',
      '9.3.3:Partial:MR minutes 2025-03',
    ]);
  });

  it('registers applicable controls not fully implemented with linked risks from both sides and the worst residual', () => {
    expect(report.controlGaps.map((g) => `${g.controlId}:${g.status}`)).toEqual([
      '5.15:Not implemented',
      '6.3:Not implemented',
      '7.4:Planned',
      '8.8:Partially implemented',
    ]);
    const g515 = report.controlGaps[0];
    expect(g515.linkedRisks).toEqual([
      expect.objectContaining({
        id: 'R-2',
        via: 'register',
        residualScore: 16,
        residualRating: 'Critical',
      }),
    ]);
    expect(g515.worstResidual).toEqual({
      rating: 'Critical',
      score: 16,
      color: '#FF5B5B',
      rank: 3,
    });
    expect(report.controlGaps[2].linkedRisks.map((l) => `${l.id}:${l.via}`)).toEqual(['R-2:soa']);
    expect(report.controlGaps[3]).toMatchObject({
      owner: 'IT lead',
      effort: { class: 'Medium', points: 3, personDays: 4 },
    });
    expect(report.controlGaps[3].source).toMatchObject({ sheet: 'SoA', cell: 'F68' }); // 8.8 is the 67th control: data row 68
  });

  it('orders the roadmap by phase, then kind, controls by risk severity then effort (issue 13: clause gaps and NCs join the Annex A gaps)', () => {
    expect(
      report.roadmap.map((r) => `${r.order}. ${r.ref} p${r.phase} ${r.effort} ${r.personDays}d`),
    ).toEqual([
      '1. A.5.15 p1 Low 3d',
      '2. A.7.4 p1 Medium 8d',
      '3. IA-3 p2 Low 2d',
      '4. Clause 4.1 p2 Low 2d',
      '5. Clause 9.2.2 p2 Low 1d',
      '6. Clause 9.3.1 p2 Low 1d',
      '7. Clause 9.3.2 p2 Low 1d',
      '8. Clause 9.3.3 p2 Low 1d',
      '9. A.8.8 p2 Medium 4d',
      '10. A.6.3 p3 Low 3d',
    ]);
    expect(report.roadmap[0]).toMatchObject({
      kind: 'control',
      linkedRisks: ['R-2'],
      due: '2025-03-31',
    });
    expect(report.roadmap[2]).toMatchObject({
      kind: 'nonconformity',
      owner: 'IT lead',
      due: '2025-04-01',
    });
  });

  it('estimates person-days by effort class, theme and owner', () => {
    const r = report.resources;
    expect(r.total).toEqual({ key: 'Total', gaps: 4, personDays: 18 });
    expect(r.byClass).toEqual([
      { key: 'Low', gaps: 2, personDays: 6 },
      { key: 'Medium', gaps: 2, personDays: 12 },
      { key: 'High', gaps: 0, personDays: 0 },
    ]);
    expect(r.byTheme.map((l) => `${l.key}:${l.personDays}`)).toEqual([
      'Organizational:3',
      'People:3',
      'Physical:8',
      'Technological:4',
    ]);
    expect(r.byOwner).toEqual([
      { key: 'CISO', gaps: 3, personDays: 14 },
      { key: 'IT lead', gaps: 1, personDays: 4 },
    ]);
  });

  it('summarises the management review inputs: top risks, treatment progress, SoA, open findings', () => {
    const mr = report.managementReview;
    expect(mr.topRisks.map((r) => r.id)).toEqual(['R-2', 'R-1']);
    expect(mr.treatment.overdue.map((o) => `${o.id}@${o.location.cell}`)).toEqual(['R-2@P3']);
    expect(mr.treatment.aboveThreshold).toBe(1);
    expect(mr.treatment.byStatus).toEqual([
      { key: 'Open', count: 1 },
      { key: 'In treatment', count: 1 },
    ]);
    expect(mr.soa?.total).toMatchObject({
      controls: 93,
      applicable: 92,
      excluded: 1,
      implemented: 88,
      partial: 1,
      planned: 1,
      notImplemented: 2,
      percentImplemented: 96,
    });
    expect(mr.auditFindings.open.map((f) => `${f.id}:${f.overdue}`)).toEqual(['IA-3:true']);
    expect(report.summary).toMatchObject({
      controlGaps: 4,
      personDays: 18,
      openAuditFindings: 1,
      applicableControls: 92,
      implementedControls: 88,
      risks: 2,
    });
    expect(
      report.heatMaps?.residual.cells.find((c) => c.likelihood === 4 && c.impact === 4)?.riskIds,
    ).toEqual(['R-2']);
  });

  it('rates linked risks on the consolidated method when workbooks differ, and states the rescaling', () => {
    const bu = workbook(
      'bu.xlsx',
      {
        risks: [
          cleanRisk('B-1', {
            Likelihood: 3,
            Impact: 3,
            'Residual Likelihood': 3,
            'Residual Impact': 3,
            'Annex A Controls': 'A.6.3',
          }),
        ],
        soa: [],
      },
      { methodology: THREE_BY_THREE },
    );
    const r = buildGapReport([gapWorkbook(), bu], { asOf });
    const g63 = r.controlGaps.find((g) => g.controlId === '6.3');
    expect(g63?.worstResidual).toMatchObject({ rating: 'Critical', score: 25 });
    expect(r.rescaling.map((x) => x.kind)).toEqual(['same', 'rescaled']);
    expect(r.summary.crossFindings).toBe(1);
  });

  it('reports no control gaps and no SoA figures when no workbook has an SoA', () => {
    const r = buildGapReport([workbook('r.xlsx', { risks: [cleanRisk('R-1')], soa: [] })], {
      asOf,
    });
    expect(r.controlGaps).toEqual([]);
    expect(r.managementReview.soa).toBeNull();
  });
});
