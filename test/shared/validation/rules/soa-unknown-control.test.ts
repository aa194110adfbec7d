import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

describe('SOA-UNKNOWN-CONTROL', () => {
  it('reports ids that are no 2022 control, 2013 ids with their successor, and duplicates', () => {
    const extra = [
      {
        ...cleanSoa()[0],
        'Control ID': 'A.12.6.1',
        'Control Title': 'Management of technical vulnerabilities',
      },
      { ...cleanSoa()[0], 'Control ID': 'A.5.99' },
      { ...cleanSoa()[14], 'Control ID': '5.15' },
    ];
    const fs = ruleFindings(
      canonicalSnapshot('s.xlsx', { soa: [...cleanSoa(), ...extra] }),
      'SOA-UNKNOWN-CONTROL',
    );
    expect(fs.map((f) => f.cell)).toEqual(['A95', 'A96', 'A97']);
    expect(fs[0].severity).toBe('minor');
    expect(fs[0].message).toMatch(
      /"A\.12\.6\.1" is the ISO\/IEC 27001:2013 control .* successor is A\.8\.8 Management of technical vulnerabilities/,
    );
    expect(fs[1].message).toMatch(/"A\.5\.99" is not an Annex A control/);
    expect(fs[2].message).toMatch(
      /Control A\.5\.15 Access control is listed again \(first in row 16\)/,
    );
  });

  it('passes the 93 controls written with or without the A. prefix', () => {
    const soa = cleanSoa().map((r, i) =>
      i % 2 ? { ...r, 'Control ID': String(r['Control ID']).slice(2) } : r,
    );
    expect(ruleFindings(canonicalSnapshot('s.xlsx', { soa }), 'SOA-UNKNOWN-CONTROL')).toEqual([]);
  });
});
