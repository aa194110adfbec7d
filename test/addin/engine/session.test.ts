/**
 * The engine session the worker runs: several workbooks read and assessed with the core, combined
 * with the check of the set (ISMS-level rules once over the set, XWB rules); progress in bytes; readiness as `isms readiness` scores it; a
 * finding's row values for the browser.
 */
import { describe, expect, it } from 'vitest';
import { makeSession } from '../../../addin/engine/session';
import type { Progress } from '../../../addin/engine/types';
import { assess } from '../../../shared/assess';
import { isSetRuleFinding } from '../../../shared/cross/check-set';
import { scoreReadiness } from '../../../shared/readiness/score-readiness';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { cleanRisk, cleanSoa, snapshotFromTables } from '../../support/snapshot';

const AS_OF = '2025-06-30';
// A business unit's register (no SoA of its own) and the ISMS's SoA in another workbook.
const register = snapshotFromTables('unit-a.xlsx', {
  tblRisks: [
    cleanRisk('R1', { 'Annex A Controls': 'A.7.4' }),
    cleanRisk('R2', { 'Risk Owner': null }),
  ],
});
// A separate SoA workbook that excludes A.7.4, which unit A's risk R1 relies on.
const soaBook = snapshotFromTables(
  'soa.xlsx',
  {
    tblSoA: cleanSoa().map((r) =>
      r['Control ID'] === 'A.7.4'
        ? { ...r, Applicable: 'No', Justification: 'No premises', 'Implementation Status': null }
        : r,
    ),
  },
  { methodology: null },
);

describe('engine session', () => {
  it('checks several workbooks together: each workbook’s own findings, the ISMS-level rules once over the set and the XWB cross checks', () => {
    const s = makeSession('main');
    const r = s.run({ snapshots: [register, soaBook], files: [] }, AS_OF, () => {});
    const own = [register, soaBook]
      .flatMap((w) => assess(w, { asOf: AS_OF }).findings)
      .filter((f) => !isSetRuleFinding(f));
    const cross = r.assessment.findings.filter((f) => f.rule.startsWith('XWB-'));
    expect(cross.map((f) => f.rule)).toContain('XWB-CONTROL-EXCLUDED');
    // The SoA is in soa.xlsx, so the set has one (unit A alone would be ISMS-NO-SOA).
    const set = r.assessment.findings.filter(isSetRuleFinding);
    expect(set.map((f) => `${f.rule}@${f.workbook}`)).toEqual([
      'ISMS-NO-INTERNAL-AUDIT@unit-a.xlsx',
      'ISMS-NO-MANAGEMENT-REVIEW@unit-a.xlsx',
    ]);
    expect(r.assessment.findings).toHaveLength(own.length + set.length + cross.length);
    expect(r.assessment.summary.total).toBe(r.assessment.findings.length);
    expect(r.workbooks).toEqual(['unit-a.xlsx', 'soa.xlsx']);
    expect(r.assessment.workbook.name).toBe('unit-a.xlsx + soa.xlsx');
    // The control list comes from the SoA workbook, with unit A's risk relying on A.7.4.
    const a74 = r.controls!.find((c) => c.id === 'A.7.4')!;
    expect([a74.applicable, a74.risks]).toEqual([false, ['R1']]);
    expect(r.ran).toEqual({ read: 'host', assess: 'main' });
  });

  it('reads picked files and reports progress up to the total', async () => {
    const bytes = await writeCanonicalWorkbook({ rows: { tblRisks: [cleanRisk('R1')] } });
    const seen: Progress[] = [];
    const s = makeSession('worker');
    const r = s.run({ snapshots: [], files: [{ name: 'picked.xlsx', bytes }] }, AS_OF, (p) =>
      seen.push(p),
    );
    expect(r.workbooks).toEqual(['picked.xlsx']);
    expect(r.ran).toEqual({ read: 'worker', assess: 'worker' });
    const last = seen[seen.length - 1];
    expect(last.done).toBe(last.total);
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1].done)).toBe(true);
    expect(s.snapshots().map((x) => x.name)).toEqual(['picked.xlsx']);
  });

  it('says which file could not be read, in one line', () => {
    const s = makeSession('worker');
    const bad = new TextEncoder().encode('not a zip');
    expect(() =>
      s.run({ snapshots: [], files: [{ name: 'notes.xlsx', bytes: bad }] }, AS_OF, () => {}),
    ).toThrow(/notes\.xlsx/);
  });

  it('scores readiness of the last set exactly as the CLI does', () => {
    const s = makeSession('main');
    s.run({ snapshots: [register, soaBook], files: [] }, AS_OF, () => {});
    const wbs = [register, soaBook].map((w) => parseWorkbook(w).workbook);
    expect(s.readiness(AS_OF)).toEqual(scoreReadiness(wbs, { asOf: AS_OF }));
  });

  it('gives a finding’s row values under its table headers', () => {
    const s = makeSession('main');
    const r = s.run({ snapshots: [register], files: [] }, AS_OF, () => {});
    const f = r.assessment.findings.find((x) => x.rule === 'RR-REQUIRED')!;
    const v = s.row(f.workbook, f.sheet!, f.row!)!;
    expect(v.headers).toContain('Risk ID');
    expect(v.values[v.headers.indexOf('Risk ID')]).toBe('R2');
  });
});
