import { describe, expect, it } from 'vitest';
import { soaProgress } from '../../../shared/soa/soa-progress';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk, cleanSoa, snapshotFromTables } from '../../support/snapshot';

function progressOf(soa: ReturnType<typeof cleanSoa>, risks = [cleanRisk('R1')]) {
  return soaProgress(parseWorkbook(canonicalSnapshot('s.xlsx', { soa, risks })).workbook);
}

describe('soaProgress', () => {
  it('counts a fully implemented SoA by theme', () => {
    const p = progressOf(cleanSoa());
    expect(
      p?.byTheme.map((t) => [t.theme, t.controls, t.applicable, t.implemented, t.withEvidence]),
    ).toEqual([
      ['Organizational', 37, 37, 37, 37],
      ['People', 8, 8, 8, 8],
      ['Physical', 14, 14, 14, 14],
      ['Technological', 34, 34, 34, 34],
    ]);
    expect(p?.total).toMatchObject({ controls: 93, applicable: 93, excluded: 0, undecided: 0 });
    expect(p?.excludedButReferenced).toEqual([]);
  });

  it('counts exclusions, undecided and missing rows, statuses and evidence', () => {
    const soa = cleanSoa()
      .filter((r) => r['Control ID'] !== 'A.6.1')
      .map((r) => {
        switch (r['Control ID']) {
          case 'A.6.2':
            return { ...r, Applicable: null };
          case 'A.6.3':
            return { ...r, 'Implementation Status': 'Partially implemented', Evidence: null };
          case 'A.6.4':
            return { ...r, 'Implementation Status': 'Planned' };
          case 'A.6.5':
            return { ...r, 'Implementation Status': 'Not implemented', Evidence: null };
          case 'A.6.6':
            return { ...r, Applicable: 'No', 'Implementation Status': null };
          default:
            return r;
        }
      });
    const people = progressOf(soa)?.byTheme.find((t) => t.theme === 'People');
    expect(people).toEqual({
      theme: 'People',
      controls: 8,
      applicable: 5,
      excluded: 1,
      undecided: 2,
      implemented: 2,
      partial: 1,
      planned: 1,
      notImplemented: 1,
      withEvidence: 3,
    });
  });

  it('lists excluded controls that risks rely on, with the risks', () => {
    const soa = cleanSoa().map((r) =>
      r['Control ID'] === 'A.8.8' ? { ...r, Applicable: 'No' } : r,
    );
    const risks = [
      cleanRisk('R1'),
      cleanRisk('R2', { 'Annex A Controls': '8.8' }),
      cleanRisk('R3', { 'Annex A Controls': 'A.5.15' }),
    ];
    expect(progressOf(soa, risks)?.excludedButReferenced).toEqual([
      { controlId: '8.8', riskIds: ['R1', 'R2'] },
    ]);
  });

  it('returns null for a workbook without an SoA', () => {
    expect(
      soaProgress(parseWorkbook(snapshotFromTables('r.xlsx', { tblRisks: [] })).workbook),
    ).toBeNull();
  });
});
