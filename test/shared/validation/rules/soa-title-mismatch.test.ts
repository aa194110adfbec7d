import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanSoa } from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const soaTitled = (titles: Record<string, string>) =>
  cleanSoa().map((r) =>
    String(r['Control ID']) in titles
      ? { ...r, 'Control Title': titles[String(r['Control ID'])] }
      : r,
  );

describe('SOA-TITLE-MISMATCH', () => {
  it('reports a title that names a different control', () => {
    const fs = ruleFindings(
      canonicalSnapshot('s.xlsx', { soa: soaTitled({ 'A.5.15': 'Data masking' }) }),
      'SOA-TITLE-MISMATCH',
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ cell: 'B16', severity: 'minor' });
    expect(fs[0].message).toBe(
      'SoA row A.5.15 is titled "Data masking", which names control A.8.11 Data masking, not A.5.15 Access control; correct the id or the title (ISO/IEC 27001:2022 6.1.3 d).',
    );
  });

  it('reports titles shifted by one row (a common copy-paste slip)', () => {
    const fs = ruleFindings(
      canonicalSnapshot('s.xlsx', {
        soa: soaTitled({ 'A.8.2': 'Information access restriction' }),
      }),
      'SOA-TITLE-MISMATCH',
    );
    expect(fs[0].message).toMatch(/names control A\.8\.3 Information access restriction/);
  });

  it('tolerates 27002 wording, case, punctuation, British spelling, lifecycle and abbreviations', () => {
    const titles = {
      'A.5.21': 'Managing information security in the ICT supply chain',
      'A.5.34': 'Privacy & protection of PII',
      'A.8.1': 'User endpoint devices',
      'A.8.25': 'Secure development lifecycle',
      'A.8.17': 'Clock synchronisation',
      'A.5.1': 'POLICIES FOR INFORMATION SECURITY.',
      'A.5.24': 'Info sec incident mgmt planning and preparation',
      'A.6.3': 'Information security awareness, education & training',
      'A.8.9': 'Config management',
      'A.5.7': 'Threat intel',
      'A.5.37': 'Documented operating procedures ',
    };
    expect(
      ruleFindings(canonicalSnapshot('s.xlsx', { soa: soaTitled(titles) }), 'SOA-TITLE-MISMATCH'),
    ).toEqual([]);
  });

  it('does not flag a vague title that names no control clearly', () => {
    expect(
      ruleFindings(
        canonicalSnapshot('s.xlsx', { soa: soaTitled({ 'A.5.15': 'Security' }) }),
        'SOA-TITLE-MISMATCH',
      ),
    ).toEqual([]);
  });
});
