/**
 * The check of a set (shared/cross/check-set.ts): the ISMS-level rules judge the whole set once,
 * so `isms check`, POST /api/check, the pane and readiness grade the same set alike.
 */
import { describe, expect, it } from 'vitest';
import { checkSet, setOfFindings } from '../../../shared/cross/check-set';
import type { Finding } from '../../../shared/findings/finding';
import { scoreReadiness } from '../../../shared/readiness/score-readiness';
import { runRules, validateWorkbook } from '../../../shared/validation/validate-workbook';
import { cleanClauses } from '../../support/snapshot';
import { cleanRisk, cleanSoa, partial } from './fixtures';

const asOf = '2025-06-30';
const register = (name: string, id: string) => partial(name, { tblRisks: [cleanRisk(id)] });
const soaFile = () =>
  partial('soa.xlsx', { tblSoA: cleanSoa(), tblClauses: cleanClauses() }, { methodology: null });
const ismsRules = (fs: readonly Finding[]) =>
  fs.filter((f) => f.rule.startsWith('ISMS-')).map((f) => `${f.rule}@${f.workbook}`);

describe('checkSet', () => {
  it('finds no ISMS-level gap in a register file beside an SoA file, which validate reports per file', () => {
    const wbs = [register('risks.xlsx', 'R-1'), soaFile()];
    expect(ismsRules(runRules(wbs[0], { asOf }))).toContain('ISMS-NO-SOA@risks.xlsx');
    expect(ismsRules(checkSet(wbs, { asOf }).findings)).toEqual([]);
  });

  it('reports each ISMS-level gap of a set without any SoA once, at its first workbook', () => {
    const wbs = [register('unit-a.xlsx', 'R-1'), register('unit-b.xlsx', 'R-2')];
    expect(ismsRules(checkSet(wbs, { asOf }).findings)).toEqual([
      'ISMS-NO-INTERNAL-AUDIT@unit-a.xlsx',
      'ISMS-NO-MANAGEMENT-REVIEW@unit-a.xlsx',
      'ISMS-NO-SOA@unit-a.xlsx',
    ]);
  });

  it('counts the controls two undecided copies of one SoA list once (93, not 186)', () => {
    const undecided = () =>
      cleanSoa().map((r) => ({ ...r, Applicable: null, 'Implementation Status': null }));
    const wbs = ['a.xlsx', 'b.xlsx'].map((n) => partial(n, { tblSoA: undecided() }));
    const noSoa = checkSet(wbs, { asOf }).findings.filter((f) => f.rule === 'ISMS-NO-SOA');
    expect(noSoa.map((f) => f.message.match(/lists (\d+) controls/)?.[1])).toEqual(['93']);
  });

  it('keeps the XWB findings and the consolidated view of checkWorkbooks', () => {
    const other = partial('unit-b.xlsx', { tblRisks: [cleanRisk('R-1', { Threat: 'Flood' })] });
    const result = checkSet([register('unit-a.xlsx', 'R-1'), soaFile(), other], { asOf });
    expect(result.findings.map((f) => f.rule)).toEqual(['XWB-DUP-RISK-ID']);
    expect(result.consolidated.risks.map((r) => `${r.id}@${r.workbook}`)).toEqual([
      'R-1@unit-a.xlsx',
      'R-1@unit-b.xlsx',
    ]);
  });

  it('gives one workbook the same ISMS-level findings as validate', () => {
    const wb = register('risks.xlsx', 'R-1');
    expect(ismsRules(checkSet([wb], { asOf }).findings)).toEqual(
      ismsRules(validateWorkbook(wb, { asOf })),
    );
  });

  it("grades the set as readiness does: check's major findings are readiness's blockers", () => {
    for (const wbs of [
      [register('unit-a.xlsx', 'R-1'), register('unit-b.xlsx', 'R-2')],
      [register('risks.xlsx', 'R-1'), soaFile()],
    ]) {
      const majors = checkSet(wbs, { asOf })
        .findings.filter((f) => f.severity === 'major')
        .map((f) => `${f.rule}@${f.workbook}: ${f.message}`);
      const blockers = scoreReadiness(wbs, { asOf })
        .blockers.filter((b) => /^(ISMS|XWB|DOC)-/.test(b.rule))
        .map((b) => `${b.rule}@${b.locations[0].workbook}: ${b.reason}`);
      expect(majors).toEqual(blockers);
    }
  });
});

describe('setOfFindings', () => {
  it("replaces each file's ISMS-level findings by the set's and keeps the rest", () => {
    const wbs = [register('risks.xlsx', 'R-1'), soaFile()];
    const perFile = wbs.flatMap((w) => runRules(w, { asOf }));
    const combined = setOfFindings(perFile, checkSet(wbs, { asOf }));
    expect(ismsRules(perFile).length).toBeGreaterThan(0);
    expect(ismsRules(combined)).toEqual([]);
    const others = (fs: readonly Finding[]) => fs.filter((f) => !f.rule.startsWith('ISMS-'));
    expect(combined).toEqual(expect.arrayContaining(others(perFile)));
    expect(combined).toHaveLength(others(perFile).length);
  });
});
