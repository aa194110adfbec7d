import { describe, expect, it } from 'vitest';
import { parseAuditSource, parseFindingType } from '../../../shared/vocabulary/audit-finding';

describe('parseFindingType', () => {
  it.each([
    ['Major NC', 'Major NC'],
    ['major non-conformity', 'Major NC'],
    ['Minor', 'Minor NC'],
    ['OBS', 'Observation'],
    ['OFI', 'Opportunity for improvement'],
  ] as const)('reads "%s" as %s', (t, want) => {
    expect(parseFindingType(t)).toBe(want);
  });

  it('returns null for blanks and other text', () => {
    expect(parseFindingType(null)).toBeNull();
    expect(parseFindingType('bad')).toBeNull();
  });
});

describe('parseAuditSource', () => {
  it.each([
    ['Internal Audit', 'Internal audit'],
    ['Stage-1', 'Stage 1'],
    ['stage2', 'Stage 2'],
    ['Surveillance audit', 'Surveillance'],
    ['Management review', 'Management review'],
  ] as const)('reads "%s" as %s', (t, want) => {
    expect(parseAuditSource(t)).toBe(want);
  });

  it('returns null for text that names no source', () => {
    expect(parseAuditSource('customer')).toBeNull();
  });
});
