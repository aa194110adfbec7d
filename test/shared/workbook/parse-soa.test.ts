import { describe, expect, it } from 'vitest';
import { numericControlId } from '../../../shared/workbook/parse-soa';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { cleanSoa, snapshotFromTables } from '../../support/snapshot';

describe('numericControlId', () => {
  it('restores the trailing zero lost by a numeric cell when the title says so', () => {
    expect(numericControlId(8.2, '8.2', 'Privileged access rights')).toBe('8.2');
    expect(numericControlId(8.2, '8.20', 'Networks security')).toBe('8.20');
    expect(numericControlId(8.2, '8.2', 'Networks security')).toBe('8.20');
    expect(
      numericControlId(5.1, '5.1', 'Acceptable use of information and other associated assets'),
    ).toBe('5.10');
  });

  it('keeps text ids and ids without a title as they are', () => {
    expect(numericControlId('8.2', '8.2', 'Networks security')).toBe('8.2');
    expect(numericControlId(8.2, '8.2', null)).toBe('8.2');
  });
});

describe('parseSoa', () => {
  it('reads an SoA whose ids were typed as numbers', () => {
    const soa = cleanSoa().map((r) => ({
      ...r,
      'Control ID': Number(String(r['Control ID']).slice(2)),
    }));
    const entries = parseWorkbook(snapshotFromTables('s.csv', { tblSoA: soa })).workbook.soa ?? [];
    expect(new Set(entries.map((e) => e.controlId)).size).toBe(93);
    expect(entries.find((e) => e.title === 'Networks security')?.controlId).toBe('8.20');
  });

  it('reads the Yes/No and status words people type (any language, ticks), whole values only', () => {
    const typed: [string, string | null][] = [
      ['Oui', 'Mis en place'],
      ['✓', '✅'],
      ['Y', 'Teilweise umgesetzt'],
      ['N/A', null],
    ];
    const soa = cleanSoa()
      .slice(0, typed.length)
      .map((r, i) => ({ ...r, Applicable: typed[i][0], 'Implementation Status': typed[i][1] }));
    const entries = parseWorkbook(snapshotFromTables('s.xlsx', { tblSoA: soa })).workbook.soa ?? [];
    expect(entries.map((e) => e.applicable)).toEqual([true, true, true, false]);
    expect(entries.map((e) => e.status)).toEqual([
      'Implemented',
      'Implemented',
      'Partially implemented',
      null,
    ]);
  });
});
