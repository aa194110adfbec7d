import { describe, expect, it } from 'vitest';
import { snapshotFromTables } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const objective = (id: string, over: Record<string, string | number | null> = {}) => ({
  'Objective ID': id,
  Objective: `Objective ${id}`,
  Measure: 'Share of staff trained',
  Target: '95%',
  Actual: '80%',
  Owner: 'CISO',
  Status: 'On track',
  ...over,
});

describe('OBJ-NO-MEASURE', () => {
  it('reports an objective without a measure or a target, at the missing cell', () => {
    const s = snapshotFromTables('o.xlsx', {
      tblObjectives: [
        objective('O-1'),
        objective('O-2', { Measure: null }),
        objective('O-3', { Target: '' }),
        objective('O-4', { Measure: null, Target: null }),
      ],
    });
    const fs = ruleFindings(s, 'OBJ-NO-MEASURE');
    expect(fs.map((f) => `${f.row}:${f.cell}`)).toEqual(['3:C3', '4:D4', '5:C5']);
    expect(fs[0]).toMatchObject({ severity: 'minor', row: 3 });
    expect(fs[0].message).toContain('Objective O-2 has no measure');
    expect(fs[1].message).toContain('Objective O-3 has no target');
    expect(fs[2].message).toContain('neither a measure nor a target');
    expect(fs[2].message).toContain('6.2 b)');
  });

  it('passes measurable objectives, blank rows, and workbooks without the table', () => {
    const s = snapshotFromTables('o.xlsx', { tblObjectives: [objective('O-1')] });
    expect(ruleFindings(s, 'OBJ-NO-MEASURE')).toEqual([]);
    expect(ruleFindings(snapshotFromTables('e.xlsx', {}), 'OBJ-NO-MEASURE')).toEqual([]);
  });
});
