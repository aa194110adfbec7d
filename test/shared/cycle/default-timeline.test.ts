import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../../../shared/cycle/calendar';
import { certificationRows, defaultTimeline } from '../../../shared/cycle/default-timeline';

const dates = (start: string) =>
  Object.fromEntries(defaultTimeline(start).map((m) => [m.kind, m.planned]));

describe('the default certification timeline', () => {
  it('plans each phase in the documented week from the project start', () => {
    const d = dates('2026-01-05');
    expect(d).toEqual({
      kickoff: '2026-01-05',
      'gap-analysis': '2026-02-01', // end of week 4
      'scope-approved': '2026-02-01', // end of week 4
      'risk-assessment': '2026-03-01', // end of week 8
      'controls-implemented': '2026-05-10', // end of week 18
      'internal-audit': '2026-05-24', // end of week 20
      'management-review': '2026-05-24',
      'stage-1': '2026-05-25', // start of week 21
      'stage-2': '2026-06-08', // start of week 23
      'certificate-issued': '2026-07-05', // end of week 26
      'surveillance-1': '2027-07-05', // +12 months
      'surveillance-2': '2028-07-05', // +24 months
      recertification: '2029-04-05', // +33 months, before expiry
      'certificate-expiry': '2029-07-05', // +36 months
    });
    expect(daysBetween(d['stage-1'], d['stage-2'])).toBe(14);
  });

  it('lists the milestones in cycle order as tblCertification rows keyed by header', () => {
    const rows = certificationRows('2026-01-05');
    expect(rows.map((r) => r.Milestone)).toEqual([
      'Project kickoff',
      'Gap analysis',
      'Scope approved',
      'Risk assessment and SoA',
      'Controls implemented',
      'Internal audit',
      'Management review',
      'Stage 1 audit',
      'Stage 2 audit',
      'Certificate issued',
      'Surveillance audit 1',
      'Surveillance audit 2',
      'Recertification audit',
      'Certificate expiry',
    ]);
    expect(
      rows.every((r) => r.Status === 'Planned' && /^\d{4}-\d\d-\d\d$/.test(r['Planned Date'])),
    ).toBe(true);
  });

  it('counts months on the calendar, clamping to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
});
