/** Severities: the auditor grades, and not-checked for what could not be checked. */
import { describe, expect, it } from 'vitest';
import {
  hasFindingsAtOrAbove,
  summarize,
  type Finding,
  type Severity,
} from '../../../shared/findings/finding';

const f = (severity: Severity, rule = 'RR-REQUIRED'): Finding => ({
  rule,
  severity,
  workbook: 'w.xlsx',
  sheet: null,
  cell: null,
  row: null,
  message: 'm',
});

describe('summarize', () => {
  it('counts not-checked apart from the grades', () => {
    const s = summarize([f('major'), f('observation'), f('not-checked', 'WB-NO-ISMS-TABLES')]);
    expect(s).toEqual({
      total: 3,
      major: 1,
      minor: 0,
      observation: 1,
      notChecked: 1,
      byRule: { 'RR-REQUIRED': 2, 'WB-NO-ISMS-TABLES': 1 },
    });
  });
});

describe('hasFindingsAtOrAbove (--fail-on)', () => {
  it('fails on grades at or above the threshold', () => {
    expect(hasFindingsAtOrAbove([f('minor')], 'major')).toBe(false);
    expect(hasFindingsAtOrAbove([f('minor')], 'minor')).toBe(true);
  });
  it('always fails on what could not be checked, whatever the threshold', () => {
    for (const t of ['major', 'minor', 'observation'] as const)
      expect(hasFindingsAtOrAbove([f('not-checked', 'WB-NO-ISMS-TABLES')], t)).toBe(true);
  });
});
