import { describe, expect, it } from 'vitest';
import { parseClauseStatus } from '../../../shared/vocabulary/clause-status';

describe('parseClauseStatus', () => {
  it('reads C/P/N and words, and treats the "C / P / N" placeholder as blank', () => {
    expect(parseClauseStatus('C')).toBe('Conformant');
    expect(parseClauseStatus('Partially')).toBe('Partial');
    expect(parseClauseStatus('Non-Compliant')).toBe('Nonconformant');
    expect(parseClauseStatus('C / P / N')).toBeNull();
  });

  it.each([
    ['Conforming', 'Conformant'],
    ['Partially conformant', 'Partial'],
    ['Nonconformity', 'Nonconformant'],
    ['Non-compliant', 'Nonconformant'],
    ['Not yet assessed', 'Not assessed'],
    ['Unknown', 'Not assessed'],
    ['Oui', 'Conformant'],
  ] as const)('reads the whole value "%s" as %s', (t, want) => {
    expect(parseClauseStatus(t, { match: 'whole' })).toBe(want);
  });

  it('reads "Partially …" by its leading word only in leading mode', () => {
    expect(parseClauseStatus('Partially met: two gaps')).toBe('Partial');
    expect(parseClauseStatus('Partially met: two gaps', { match: 'whole' })).toBeNull();
  });

  it('a leading word ends at a word boundary: "Production" does not begin with "P"', () => {
    expect(parseClauseStatus('Production')).toBeNull();
    expect(parseClauseStatus('P - in progress')).toBe('Partial');
  });
});
