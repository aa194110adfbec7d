import { describe, expect, it } from 'vitest';
import { buildGapReport } from '../../../shared/gaps/build-gap-report';
import { readEffortOverrides } from '../../../shared/gaps/effort-overrides';
import { calibratedEffort } from '../../../shared/gaps/calibrated-effort';
import { getControl } from '../../../shared/catalog/find-control';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { populatedSnapshot, POPULATED_AS_OF } from '../../support/populated';
import { gapWorkbook } from './fixtures';

const s = populatedSnapshot();
const report = buildGapReport([parseWorkbook(s).workbook], {
  asOf: POPULATED_AS_OF,
  effort: readEffortOverrides([s]),
});
const line = (ref: string) => report.roadmap.find((r) => r.ref === ref)!;

describe('gap report roadmap (consultant grade)', () => {
  it('holds open NCs, excluded-but-relied-on controls and clause gaps beside the Annex A gaps', () => {
    expect(report.roadmap.map((r) => `${r.ref}:${r.kind}:p${r.phase}`)).toEqual([
      'NC-7:nonconformity:p1',
      'A.7.4:excluded-control:p1',
      'Clause 8.2:clause:p1',
      'A.5.30:control:p1',
      'A.8.16:control:p1',
      'NC-8:nonconformity:p2',
      'Clause 4.1:clause:p2',
      'A.5.19:control:p3',
    ]);
    expect(line('A.7.4')).toMatchObject({ linkedRisks: ['R-2'], personDays: 1 });
    expect(line('A.7.4').action).toContain('R-2');
  });

  it('schedules phases against the next Stage 1 and Stage 2 using the register’s due dates', () => {
    expect(report.nextAudit).toEqual({ stage1: '2025-09-15', stage2: '2025-11-20' });
    expect(line('NC-7')).toMatchObject({
      due: '2025-05-15',
      start: POPULATED_AS_OF,
      finish: '2025-05-15',
      lateForAudit: false,
    });
    expect(line('Clause 8.2')).toMatchObject({ due: null, finish: '2025-09-15' });
    expect(line('A.8.16')).toMatchObject({
      due: '2025-09-30',
      finish: '2025-09-15',
      lateForAudit: true,
      linkedRisks: ['R-3'],
    });
    expect(line('Clause 4.1')).toMatchObject({ start: '2025-09-15', finish: '2025-11-20' });
  });

  it('calibrates per control and takes the workbook’s tblEffort overrides', () => {
    expect(line('A.5.30').personDays).toBe(15);
    expect(line('A.5.19').personDays).toBe(5); // 10 calibrated, half remains
    expect(line('A.8.16').personDays).toBe(20); // tblEffort
    const g816 = report.controlGaps.find((g) => g.controlId === '8.16')!;
    expect(g816.effort).toMatchObject({
      basis: 'workbook',
      toolingDays: 10,
      tool: 'SIEM / monitoring platform',
    });
    expect(calibratedEffort(getControl('5.30')!, 'Not implemented')).toMatchObject({
      basis: 'calibrated',
      class: 'High',
    });
  });

  it('estimates clause work, controls, tooling and consultancy lines', () => {
    expect(report.resources.lines.map((l) => `${l.key}:${l.personDays}`)).toEqual([
      'Clause work:15',
      'Controls:40',
      'Tooling:10',
      'Consultancy:17',
    ]);
    expect(report.resources.consultancyShare).toBe(0.25);
    expect(report.summary.totalPersonDays).toBe(82);
  });

  it('includes the validation findings and the readiness score', () => {
    expect(report.findings.map((f) => f.rule)).toContain('RR-CONTROL-EXCLUDED');
    // One severity model (issue 10): the open NC, the excluded control and the two controls risks
    // above the threshold rely on are the four majors; they block Stage 2, not Stage 1 (an open
    // internal NC with a dated corrective action is expected at Stage 1).
    expect(report.summary.findings.major).toBe(4);
    expect(report.readiness).toMatchObject({ verdict: 'stage-1' });
    expect(report.readiness.blockers[0]).toContain('NC-7');
  });

  it('makes a missing management review in the last 12 months a phase-1 blocker', () => {
    const old = populatedSnapshot();
    const r = buildGapReport([parseWorkbook(old).workbook], { asOf: '2026-03-01' });
    const review = r.roadmap.find((x) => x.ref === 'Clause 9.3')!;
    expect(review).toMatchObject({ kind: 'blocker', phase: 1 });
    expect(review.action).toContain('last recorded 2025-01-20');
    // The calendar rules add the Stage 1 prerequisites the plan missed, also phase-1 blockers.
    expect(r.roadmap.filter((x) => x.kind === 'blocker').every((x) => x.phase === 1)).toBe(true);
  });

  it('leaves phases undated without planned audits', () => {
    const r = buildGapReport([gapWorkbook()], { asOf: POPULATED_AS_OF });
    expect(r.nextAudit).toBeNull();
    expect(r.roadmap.every((x) => x.start === null && !x.lateForAudit)).toBe(true);
  });
});
