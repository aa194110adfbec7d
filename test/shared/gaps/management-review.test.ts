import { describe, expect, it } from 'vitest';
import { soaImplementation } from '../../../shared/gaps/management-review';
import { mergeSoa } from '../../../shared/gaps/merge-soa';
import { soaProgress } from '../../../shared/soa/soa-progress';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { cleanSoa } from '../../support/clean-rows';
import { canonicalSnapshot } from '../../support/snapshot';

function soaWorkbook() {
  const soa = cleanSoa().map((row) => {
    const id = String(row['Control ID']);
    if (id === 'A.5.1') return { ...row, 'Implementation Status': null };
    if (id === 'A.5.2') return { ...row, 'Implementation Status': 'Planned' };
    if (id === 'A.6.1') return { ...row, Applicable: 'No' };
    if (id === 'A.7.1') return { ...row, Applicable: null };
    return row;
  });
  return parseWorkbook(canonicalSnapshot('soa.xlsx', { soa })).workbook;
}

describe('soaImplementation', () => {
  const wb = soaWorkbook();
  const report = soaImplementation(mergeSoa([wb]));
  const progress = soaProgress(wb);

  it('counts each theme as soaProgress does for a single SoA', () => {
    const keys = [
      'controls',
      'applicable',
      'excluded',
      'undecided',
      'implemented',
      'partial',
      'planned',
      'notImplemented',
    ] as const;
    for (const k of keys) expect(report?.total[k], k).toBe(progress?.total[k]);
    expect(report?.total.theme).toBe('Total');
    expect(report?.byTheme.map((t) => t.theme)).toEqual(progress?.byTheme.map((t) => t.theme));
    expect(report?.byTheme.map((t) => t.applicable)).toEqual(
      progress?.byTheme.map((t) => t.applicable),
    );
  });

  it('counts applicable controls without a status and the implemented share', () => {
    const org = report?.byTheme.find((t) => t.theme === 'Organizational');
    expect(org).toMatchObject({
      controls: 37,
      applicable: 37,
      implemented: 35,
      planned: 1,
      noStatus: 1,
      percentImplemented: 95,
    });
    expect(report?.total).toMatchObject({
      controls: 93,
      applicable: 91,
      excluded: 1,
      undecided: 1,
      noStatus: 1,
    });
  });
});
