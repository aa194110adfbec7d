/** The contradictions of issue #10, reproduced, and Stage 1 and Stage 2 told apart. */
import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../shared/grid/cell';
import { scoreReadiness } from '../../../shared/readiness/score-readiness';
import { validateWorkbook } from '../../../shared/validation/validate-workbook';
import { cleanClauses, type Row } from '../../support/snapshot';
import { cleanRisk, cleanSoa, workbook } from '../cross/fixtures';
import { conformantButPlanned, openMajorNc } from './stage-fixtures';

const asOf = '2025-06-30';

describe('readiness per stage', () => {
  it('does not call "everything Conformant, a third of the controls planned" ready for Stage 2', () => {
    const wb = conformantButPlanned();
    const r = scoreReadiness([wb], { asOf });
    expect(r.stages.stage1.ready).toBe(true);
    expect(r.stages.stage2).toMatchObject({ ready: false, label: 'Not ready for Stage 2' });
    expect(r.verdict).toBe('stage-1');
    // The 30 controls not in operation are a systemic major finding (escalated SOA-NOT-IMPLEMENTED).
    const majors = validateWorkbook(wb, { asOf }).filter((f) => f.severity === 'major');
    expect(majors).toHaveLength(30);
    expect(new Set(majors.map((f) => f.rule))).toEqual(new Set(['SOA-NOT-IMPLEMENTED']));
    expect(majors[0].message).toMatch(/Systemic: 30 of 88 applicable controls/);
    expect(r.stages.stage2.reasons[0]).toBe(r.stages.stage2.blockers[0].reason);
    // Self-declared statuses the workbook contradicts are findings, not points.
    const contradicted = r.deductions.filter((d) => d.check === 'CLAUSE-CONTRADICTED');
    // 5.2 (A.5.1 Planned), 5.3 (A.5.2 Not implemented), 8.1 (A.5.26, A.5.29, A.5.30).
    expect(contradicted.map((d) => d.ref).sort()).toEqual([
      'Clause 5.2',
      'Clause 5.3',
      'Clause 8.1',
    ]);
    expect(r.overall).toBeLessThan(85);
  });

  it('keeps an open internal major NC with a dated corrective action out of Stage 1, not Stage 2', () => {
    const r = scoreReadiness([openMajorNc(true)], { asOf });
    expect(r.stages.stage1).toMatchObject({ ready: true, blockers: [] });
    expect(r.stages.stage2.ready).toBe(false);
    expect(r.stages.stage2.blockers.map((b) => b.rule)).toEqual(['NC-MAJOR-OPEN']);
    expect(r.verdict).toBe('stage-1');
  });

  it('blocks Stage 1 for an open major NC nobody is correcting', () => {
    const r = scoreReadiness([openMajorNc(false)], { asOf });
    expect(r.stages.stage1.blockers.map((b) => b.rule)).toEqual(['NC-MAJOR-UNMANAGED']);
    expect(r.stages.stage1.label).toBe('Not ready for Stage 1');
    expect(r.verdict).toBe('not-ready');
  });

  it('says why a stage is ready in one sentence', () => {
    const r = scoreReadiness([workbook('clean.xlsx', { risks: [cleanRisk('R-1')] })], { asOf });
    expect(r.stages.stage1).toMatchObject({ ready: true, label: 'Ready for Stage 1' });
    expect(r.stages.stage2).toMatchObject({ ready: true, label: 'Ready for Stage 2' });
    expect(r.stages.stage2.reasons).toHaveLength(1);
  });

  it('grades one missing acceptance minor and most above-threshold risks unaccepted major', () => {
    const high = { 'Residual Likelihood': 4, 'Residual Impact': 4 };
    const one = [
      cleanRisk('R-1', high),
      cleanRisk('R-2', {
        ...high,
        'Accepted By': 'CIO',
        'Acceptance Date': isoDateToSerial('2025-05-01'),
      }),
    ];
    const grade = (risks: Row[]) =>
      validateWorkbook(workbook('a.xlsx', { risks }), { asOf })
        .filter((f) => f.rule === 'RR-ACCEPTANCE-MISSING')
        .map((f) => f.severity);
    expect(grade(one)).toEqual(['minor']);
    expect(grade([cleanRisk('R-1', high), cleanRisk('R-2', high), cleanRisk('R-3', high)])).toEqual(
      ['major', 'major', 'major'],
    );
    // validate's majors are readiness's blockers: both say the same thing.
    const r = scoreReadiness(
      [workbook('a.xlsx', { risks: [cleanRisk('R-1', high), cleanRisk('R-2', high)] })],
      { asOf },
    );
    expect(r.blockers.map((b) => b.rule)).toEqual([
      'RR-ACCEPTANCE-MISSING',
      'RR-ACCEPTANCE-MISSING',
    ]);
    expect(r.verdict).toBe('not-ready');
  });

  it('flags a clause recorded Nonconformant while the NC against it is closed and verified', () => {
    const clauses = cleanClauses().map((c) =>
      c.Clause === '9.1' ? { ...c, Status: 'Nonconformant' } : c,
    );
    const nc: Row = {
      'Finding ID': 'NC-2',
      Source: 'Internal audit',
      Type: 'Minor NC',
      'Clause or Control': '9.1',
      Description: 'KPIs not measured',
      'Root Cause': 'No owner',
      'Corrective Action': 'Owner named',
      Raised: isoDateToSerial('2025-01-10'),
      Due: isoDateToSerial('2025-03-10'),
      Closed: isoDateToSerial('2025-03-01'),
      'Effectiveness Verified': 'Yes',
    };
    const wb = workbook('c.xlsx', { risks: [cleanRisk('R-1')], clauses, findings: [nc] });
    const fs = validateWorkbook(wb, { asOf }).filter((f) => f.rule === 'CL-CONTRADICTED');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toMatch(/Clause 9\.1 is recorded Nonconformant.*NC-2/);
  });

  it('puts a risk treated with a control its SoA excludes in front of Stage 2, not Stage 1', () => {
    const soa = cleanSoa().map((r) =>
      r['Control ID'] === 'A.8.13'
        ? { ...r, Applicable: 'No', Justification: 'Backups are the provider’s' }
        : r,
    );
    const r = scoreReadiness([workbook('x.xlsx', { risks: [cleanRisk('R-1')], soa })], { asOf });
    expect(r.stages.stage1.ready).toBe(true);
    expect(r.stages.stage2.blockers.map((b) => b.rule)).toContain('RR-CONTROL-EXCLUDED');
  });
});
