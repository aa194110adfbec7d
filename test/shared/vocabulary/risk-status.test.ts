import { describe, expect, it } from 'vitest';
import { parseRiskStatus } from '../../../shared/vocabulary/risk-status';

describe('parseRiskStatus', () => {
  it('normalises open and closed in several languages', () => {
    expect(parseRiskStatus('Offen')).toBe('Open');
    expect(parseRiskStatus('Fermé')).toBe('Closed');
    expect(parseRiskStatus('Waiting')).toBeNull();
  });
});
