/**
 * The SoA tab's counts and filters over the 93 control rows. Evidence is counted over implemented
 * controls, so no "X of Y" ever has X > Y — checked on generated workbooks and on every corpus
 * file once imported (../shared/corpus, skipped when absent).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlRows } from '../../../addin/soa/control-rows';
import { countControls, filterControls, filterCounts } from '../../../addin/soa/control-filters';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { readWorkbookInput } from '../../../functions/xlsx/read-file';
import { canonicalSnapshot, cleanRisk, cleanSoa, snapshotFromTables } from '../../support/snapshot';

const corpus = path.resolve(import.meta.dirname, '../../../../shared/corpus');

function rowsOf(soa: ReturnType<typeof cleanSoa>, risks = [cleanRisk('R1')]) {
  return controlRows([parseWorkbook(canonicalSnapshot('reg.xlsx', { soa, risks })).workbook])!;
}

function expectConsistent(rows: ReturnType<typeof rowsOf>) {
  const c = countControls(rows);
  expect(c.controls).toBe(93);
  expect(c.applicable).toBeLessThanOrEqual(c.controls);
  expect(c.implemented).toBeLessThanOrEqual(c.applicable);
  expect(c.evidenced).toBeLessThanOrEqual(c.implemented);
}

describe('control rows and their counts', () => {
  it('counts evidence only over implemented controls (evidence on a planned control is not counted)', () => {
    const soa = cleanSoa().map((r) =>
      r['Control ID'] === 'A.5.1' ? { ...r, 'Implementation Status': 'Planned' } : r,
    );
    const rows = rowsOf(soa);
    expect(rows.find((r) => r.id === 'A.5.1')?.evidence).not.toBeNull();
    const c = countControls(rows);
    expect(c.implemented).toBe(c.applicable - 1);
    expect(c.evidenced).toBe(c.implemented);
    expectConsistent(rows);
  });

  it('filters applicable-not-implemented, implemented-without-evidence and excluded-but-relied-on', () => {
    const soa = cleanSoa().map((r) => {
      if (r['Control ID'] === 'A.5.2') return { ...r, 'Implementation Status': 'Planned' };
      if (r['Control ID'] === 'A.5.3') return { ...r, Evidence: null };
      if (r['Control ID'] === 'A.7.4')
        return {
          ...r,
          Applicable: 'No',
          Justification: 'No premises',
          'Implementation Status': null,
        };
      return r;
    });
    const rows = rowsOf(soa, [cleanRisk('R1', { 'Annex A Controls': 'A.7.4' })]);
    expect(filterControls(rows, 'applicable-not-implemented').map((r) => r.id)).toEqual(['A.5.2']);
    expect(filterControls(rows, 'implemented-without-evidence').map((r) => r.id)).toEqual([
      'A.5.3',
    ]);
    const relied = filterControls(rows, 'excluded-relied-on');
    expect(relied.map((r) => [r.id, r.risks])).toEqual([['A.7.4', ['R1']]]);
    expect(filterCounts(rows)['excluded-relied-on']).toBe(1);
    expect(filterControls(rows, 'all', 'People')).toHaveLength(8);
  });

  it('has no SoA rows without an SoA, and lists all 93 controls as undecided in a blank one', () => {
    const none = parseWorkbook(snapshotFromTables('r.xlsx', { tblRisks: [cleanRisk('R1')] }));
    expect(controlRows([none.workbook])).toBeNull();
    const blank = rowsOf(cleanSoa().map((r) => ({ ...r, Applicable: null })));
    expect(filterCounts(blank).undecided).toBe(93);
  });

  it.skipIf(!existsSync(corpus))(
    'never counts more evidence than implemented controls on the corpus',
    async () => {
      const files = readdirSync(corpus).filter((f) => /\.(xlsx|csv)$/i.test(f));
      let checked = 0;
      for (const f of files) {
        const input = await readWorkbookInput(path.join(corpus, f));
        const imported = importWorkbook(input.snapshot);
        if (!imported.tables.tblSoA?.length) continue;
        const wb = parseWorkbook(
          snapshotFromTables(f, { tblSoA: imported.tables.tblSoA }),
        ).workbook;
        expectConsistent(controlRows([wb])!);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    },
  );
});
