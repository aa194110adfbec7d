import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const soaWith = (values: Record<string, string | boolean | null>) =>
  cleanSoa().map((r) =>
    String(r['Control ID']) in values ? { ...r, Applicable: values[String(r['Control ID'])] } : r,
  );

describe('SOA-NO-DECISION', () => {
  it('reports a blank or unreadable applicability', () => {
    const fs = ruleFindings(
      canonicalSnapshot('s.xlsx', { soa: soaWith({ 'A.5.1': null, 'A.5.2': 'Maybe' }) }),
      'SOA-NO-DECISION',
    );
    expect(fs.map((f) => f.cell)).toEqual(['D2', 'D3']);
    expect(fs[1].message).toMatch(
      /Control A\.5\.2 .*: applicability "Maybe" is neither Yes nor No.*6\.1\.3 d/,
    );
  });

  it('passes Yes/No in their usual spellings', () => {
    const soa = soaWith({
      'A.5.1': 'yes',
      'A.5.2': 'Y',
      'A.5.3': true,
      'A.5.4': '✓',
      'A.5.5': 'Applicable',
    });
    expect(ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-NO-DECISION')).toEqual([]);
  });
});
