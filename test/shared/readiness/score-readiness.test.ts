import { describe, expect, it } from 'vitest';
import { scoreReadiness } from '../../../shared/readiness/score-readiness';
import type { Readiness } from '../../../shared/readiness/types';
import { isoDateToSerial } from '../../../shared/grid/cell';
import { cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';
import { partial, workbook, type Row } from '../cross/fixtures';

const asOf = '2025-06-30';
const lost = (r: Readiness) => r.deductions.reduce((s, d) => s + d.points, 0);
const area = (r: Readiness, id: string) => r.areas.find((a) => a.id === id);
const checks = (r: Readiness) => r.deductions.map((d) => `${d.check}:${d.points}`);

function clauses(over: Record<string, Row | null>): Row[] {
  return cleanClauses()
    .filter((c) => over[String(c.Clause)] !== null)
    .map((c) => ({ ...c, ...(over[String(c.Clause)] ?? {}) }));
}

function soa(statuses: Record<string, string>): Row[] {
  return cleanSoa().map((r) => {
    const s = statuses[String(r['Control ID']).slice(2)];
    return s ? { ...r, 'Implementation Status': s } : r;
  });
}

describe('scoreReadiness', () => {
  it('gives 100, no deductions and Ready for Stage 2 to a complete, clean ISMS', () => {
    const r = scoreReadiness([workbook('isms.xlsx', { risks: [cleanRisk('R-1')] })], { asOf });
    expect(r.deductions).toEqual([]);
    expect(r.overall).toBe(100);
    expect(r.areas.map((a) => a.score)).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100]);
    expect(r.areas.reduce((s, a) => s + a.max, 0)).toBe(100);
    expect(r.blockers).toEqual([]);
    expect(r.verdict).toBe('stage-2');
    expect(r.verdictLabel).toBe('Ready for Stage 2');
  });

  it('itemises each lost point with its clause, control and cell, and sums to 100 − overall', () => {
    const statuses: Record<string, string> = {};
    ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8'].forEach(
      (id) => (statuses[id] = 'Not implemented'),
    );
    ['5.1', '5.2', '5.3', '5.4', '5.5', '5.6', '5.7', '5.8', '5.9', '5.10'].forEach(
      (id) => (statuses[id] = 'Partially implemented'),
    );
    const wb = workbook('isms.xlsx', {
      risks: [cleanRisk('R-1'), cleanRisk('R-2', { 'Risk Owner': null })],
      soa: soa(statuses),
      clauses: clauses({
        '4.1': { Status: 'Partial' },
        '5.2': { Status: 'Nonconformant' },
        '7.2': { 'Documented Information / Evidence': null },
        '10.1': null,
      }),
      findings: [
        {
          'Finding ID': 'F-1',
          Source: 'Internal audit',
          Type: 'Minor NC',
          'Clause or Control': '7.2',
          Description: 'Training records incomplete',
          Raised: isoDateToSerial('2025-01-10'),
          Due: isoDateToSerial('2025-03-01'),
        },
      ],
    });
    const r = scoreReadiness([wb], { asOf });
    expect(checks(r).sort()).toEqual(
      [
        'AA-NOT-IMPLEMENTED:4',
        'AA-PARTIAL:3',
        'CLAUSE-MISSING:1',
        'CLAUSE-CONTRADICTED:1',
        'CLAUSE-NONCONFORMANT:1',
        'CLAUSE-PARTIAL:1',
        'IM-OVERDUE:1',
        'RA-OWNER:1',
      ].sort(),
    );
    expect(r.overall).toBe(87);
    expect(lost(r)).toBe(100 - r.overall);
    expect(
      Object.fromEntries(r.areas.map((a) => [a.id, `${a.points}/${a.max}=${a.score}`])),
    ).toEqual({
      context: '3/4=75',
      leadership: '3/4=75',
      'risk-assessment': '10/11=91',
      'risk-treatment': '10/10=100',
      support: '6/7=86',
      operation: '4/4=100',
      performance: '10/10=100',
      improvement: '2/4=50',
      'annex-a': '39/46=85',
    });
    const owner = r.deductions.find((d) => d.check === 'RA-OWNER');
    expect(owner).toMatchObject({ area: 'risk-assessment', ref: 'Clause 6.1.2' });
    expect(owner?.locations).toEqual([
      { workbook: 'isms.xlsx', sheet: 'Risks', cell: 'F3', row: 3 },
    ]);
    const nc = r.deductions.find((d) => d.check === 'CLAUSE-NONCONFORMANT');
    expect(nc).toMatchObject({ area: 'leadership', ref: 'Clause 5.2' });
    expect(nc?.locations[0]).toMatchObject({ sheet: 'Clauses', cell: 'C7' });
    const aa = r.deductions.find((d) => d.check === 'AA-NOT-IMPLEMENTED');
    expect(aa?.reason).toContain('ceil(46 × 8 × 1 ÷ 93) = 4');
    expect(aa?.locations).toHaveLength(8);
    // 7.2 is Conformant while the open NC F-1 is against it: a finding (CL-CONTRADICTED), no point.
    expect(r.deductions.find((d) => d.check === 'CLAUSE-CONTRADICTED')?.ref).toBe('Clause 7.2');
    // Overall 87 ≥ 85 but Improvement scores 50 < 60, 5.2 is nonconformant and A.8.8, which the
    // high risk R-1 relies on, is not implemented (a Stage 2 blocker): Stage 1, not Stage 2.
    expect(r.verdict).toBe('stage-1');
    expect(r.verdictReason).toContain('Improvement');
    expect(r.stages.stage1).toMatchObject({
      ready: true,
      label: 'Ready for Stage 1',
      blockers: [],
    });
    expect(r.stages.stage2.ready).toBe(false);
    expect(r.stages.stage2.blockers.map((b) => b.rule)).toEqual([
      'SOA-RISK-CONTROL-NOT-IMPLEMENTED',
    ]);
    expect(r.stages.stage2.reasons[0]).toMatch(/A\.8\.8 .*risk R-1/);
  });

  it('scores an empty set 9: only the context-free points survive', () => {
    const r = scoreReadiness([], { asOf });
    expect(r.overall).toBe(9);
    expect(r.blockers.map((b) => b.id).sort()).toEqual([
      'no-internal-audit',
      'no-management-review',
      'no-methodology',
      'no-soa',
    ]);
    expect(r.verdict).toBe('not-ready');
  });

  it('is deterministic: the same workbooks give the same result', () => {
    const make = () => [
      workbook('a.xlsx', {
        risks: [cleanRisk('R-1', { Status: 'Open', 'Due Date': isoDateToSerial('2025-01-01') })],
      }),
    ];
    expect(JSON.stringify(scoreReadiness(make(), { asOf }))).toBe(
      JSON.stringify(scoreReadiness(make(), { asOf })),
    );
  });

  it('takes overdue treatment actions from operation (1 point, 2 when more than a quarter)', () => {
    const due = isoDateToSerial('2025-01-01');
    const one = scoreReadiness(
      [
        workbook('a.xlsx', {
          risks: [
            cleanRisk('R-1', { 'Due Date': due }),
            cleanRisk('R-2'),
            cleanRisk('R-3'),
            cleanRisk('R-4'),
          ],
        }),
      ],
      { asOf },
    );
    expect(checks(one)).toEqual(['OP-OVERDUE:1']);
    const two = scoreReadiness(
      [
        workbook('a.xlsx', {
          risks: [
            cleanRisk('R-1', { 'Due Date': due }),
            cleanRisk('R-2', { 'Due Date': due }),
            cleanRisk('R-3'),
          ],
        }),
      ],
      { asOf },
    );
    expect(checks(two)).toEqual(['OP-OVERDUE:2']);
    expect(two.deductions[0].locations.map((l) => l.cell)).toEqual(['P2', 'P3']);
  });
});

describe('scoreReadiness Annex A arithmetic', () => {
  it('costs at least one point for any shortfall (rounded up): 1 planned control of 93', () => {
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')], soa: soa({ '8.8': 'Planned' }) })],
      { asOf },
    );
    expect(checks(r)).toEqual(['AA-PLANNED:1']);
    expect(r.deductions[0].reason).toContain('ceil(46 × 1 × 1 ÷ 93) = 1');
  });

  it('never takes the area below zero: the last group is trimmed to the points left', () => {
    const statuses: Record<string, string> = {};
    cleanSoa().forEach(
      (row, i) =>
        (statuses[String(row['Control ID']).slice(2)] = i < 50 ? 'Not implemented' : 'Nonsense'),
    );
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')], soa: soa(statuses) })],
      { asOf },
    );
    // 50 not implemented: ceil(46 × 50 ÷ 93) = 25; 43 without status: ceil(46 × 43 ÷ 93) = 22, trimmed to 21.
    const annex = r.deductions.filter((d) => d.area === 'annex-a');
    expect(annex.map((d) => `${d.check}:${d.points}`)).toEqual([
      'AA-NOT-IMPLEMENTED:25',
      'AA-NO-STATUS:21',
    ]);
    expect(annex[1].reason).toContain('capped');
    expect(area(r, 'annex-a')).toMatchObject({ points: 0, score: 0 });
  });
});

describe('scoreReadiness blockers', () => {
  it('raises "no methodology" when a register has no documented method', () => {
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')] }, { methodology: null })],
      { asOf },
    );
    expect(r.blockers.map((b) => b.id)).toEqual(['no-methodology']);
    expect(checks(r)).toContain('RA-METHOD:4');
    expect(r.verdict).toBe('not-ready');
  });

  it('raises "no SoA" and loses the whole Annex A area when no workbook has an SoA', () => {
    const r = scoreReadiness(
      [partial('a.xlsx', { tblRisks: [cleanRisk('R-1')], tblClauses: cleanClauses() })],
      { asOf },
    );
    expect(r.blockers.map((b) => b.id)).toEqual(['no-soa']);
    expect(checks(r)).toEqual(['RT-NO-SOA:4', 'AA-NO-SOA:46']);
    expect(r.overall).toBe(50);
  });

  it('raises "no internal audit" without 9.2 evidence, and accepts an internal audit finding instead', () => {
    const noAudit = clauses({
      '9.2.1': { Status: 'Not assessed' },
      '9.2.2': { Status: 'Not assessed' },
    });
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')], clauses: noAudit })],
      { asOf },
    );
    expect(r.blockers.map((b) => b.id)).toEqual(['no-internal-audit']);
    // Two clauses not assessed (1 point each) and PE-AUDIT 2.
    expect(r.overall).toBe(100 - 1 - 1 - 2);
    const finding = {
      'Finding ID': 'IA-1',
      Source: 'Internal audit',
      Type: 'Observation',
      Description: 'Logs kept 30 days',
      Raised: isoDateToSerial('2025-05-01'),
    };
    const withAudit = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')], clauses: noAudit, findings: [finding] })],
      { asOf },
    );
    expect(withAudit.blockers).toEqual([]);
  });

  it('raises "no management review" without 9.3 evidence', () => {
    const noReview = clauses({ '9.3.1': null, '9.3.2': null, '9.3.3': null });
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')], clauses: noReview })],
      { asOf },
    );
    expect(r.blockers.map((b) => b.id)).toEqual(['no-management-review']);
  });

  it('raises an open major nonconformity, with its cell, until it is closed', () => {
    const major = {
      'Finding ID': 'NC-7',
      Source: 'Stage 1',
      Type: 'Major NC',
      'Clause or Control': '6.1.3',
      Description: 'SoA not approved',
      Raised: isoDateToSerial('2025-05-01'),
    };
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1')], findings: [major] })],
      { asOf },
    );
    expect(r.blockers).toHaveLength(1);
    expect(r.blockers[0]).toMatchObject({ id: 'open-major-nc', ref: 'Clause 10.2' });
    expect(r.blockers[0].locations).toEqual([
      { workbook: 'a.xlsx', sheet: 'Findings', cell: 'A2', row: 2 },
    ]);
    expect(r.verdict).toBe('not-ready');
    const closed = {
      ...major,
      Closed: isoDateToSerial('2025-06-01'),
      'Effectiveness Verified': 'Yes',
    };
    expect(
      scoreReadiness([workbook('a.xlsx', { risks: [cleanRisk('R-1')], findings: [closed] })], {
        asOf,
      }).blockers,
    ).toEqual([]);
  });
});
