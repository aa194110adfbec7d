import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../../shared/grid/cell';
import { canonicalSnapshot, cleanRisk } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const due = (iso: string) => isoDateToSerial(iso);

describe('RR-OVERDUE', () => {
  it('reports a treatment due before the as-of date on an open risk', () => {
    const risks = [
      cleanRisk('R1', { 'Due Date': due('2025-03-31') }),
      cleanRisk('R2', { 'Due Date': '2025-06-01', Status: null }),
    ];
    const fs = ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-OVERDUE', '2025-06-30');
    expect(fs.map((f) => f.cell)).toEqual(['P2', 'P3']);
    expect(fs[0]).toMatchObject({ severity: 'observation' });
    expect(fs[0].message).toBe(
      'Risk R1: treatment was due on 2025-03-31 and the risk is still "In treatment" on 2025-06-30; follow up the risk treatment plan (ISO/IEC 27001:2022 6.1.3 e), 8.3).',
    );
  });

  it('takes the date as an argument: the same risk is not overdue earlier', () => {
    const s = canonicalSnapshot('r.xlsx', {
      risks: [cleanRisk('R1', { 'Due Date': due('2025-03-31') })],
    });
    expect(ruleFindings(s, 'RR-OVERDUE', '2025-03-31')).toEqual([]);
  });

  it('passes closed and treated risks', () => {
    const risks = [
      cleanRisk('R1', { 'Due Date': due('2024-01-01'), Status: 'Closed' }),
      cleanRisk('R2', { 'Due Date': due('2024-01-01'), Status: 'treated' }),
    ];
    expect(ruleFindings(canonicalSnapshot('r.xlsx', { risks }), 'RR-OVERDUE')).toEqual([]);
  });
});
