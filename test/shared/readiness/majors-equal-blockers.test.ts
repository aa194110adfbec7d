/**
 * One severity model: for every test workbook and every corpus workbook (read through the
 * project's readers, as read and as imported), the major findings of validate are exactly the
 * readiness blockers — same rule, message and location — so the two can never disagree.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readWorkbookInput } from '../../../functions/xlsx/read-file';
import type { Finding } from '../../../shared/findings/finding';
import { importWorkbook } from '../../../shared/import/import-workbook';
import type { IsmsWorkbook } from '../../../shared/model/types';
import { scoreReadiness } from '../../../shared/readiness/score-readiness';
import type { Blocker } from '../../../shared/readiness/types';
import { validateWorkbook } from '../../../shared/validation/validate-workbook';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { snapshotFromTables, type Row } from '../../support/snapshot';
import { cleanRisk, cleanSoa, partial, workbook } from '../cross/fixtures';
import { cleanClauses } from '../../support/snapshot';
import { conformantButPlanned, openMajorNc } from './stage-fixtures';

const asOf = '2025-06-30';
const fromFinding = (f: Finding) =>
  `${f.rule}|${f.workbook}|${f.sheet ?? ''}|${f.cell}|${f.row}|${f.message}`;
const fromBlocker = (b: Blocker) =>
  b.locations.map((l) => `${b.rule}|${l.workbook}|${l.sheet}|${l.cell}|${l.row}|${b.reason}`);

function expectAgreement(wb: IsmsWorkbook): void {
  const majors = validateWorkbook(wb, { asOf }).filter((f) => f.severity === 'major');
  const r = scoreReadiness([wb], { asOf });
  expect(r.blockers.flatMap(fromBlocker).sort()).toEqual(majors.map(fromFinding).sort());
  expect([...r.stages.stage2.blockers]).toEqual([...r.blockers]);
}

describe('validate majors = readiness blockers, on the test workbooks', () => {
  const cases: [string, () => IsmsWorkbook][] = [
    ['a clean ISMS', () => workbook('clean.xlsx', { risks: [cleanRisk('R-1')] })],
    [
      'a register without method',
      () => workbook('m.xlsx', { risks: [cleanRisk('R-1')] }, { methodology: null }),
    ],
    [
      'a register without SoA',
      () => partial('r.xlsx', { tblRisks: [cleanRisk('R-1')], tblClauses: cleanClauses() }),
    ],
    ['an open major NC', () => openMajorNc(true)],
    ['an unmanaged major NC', () => openMajorNc(false)],
    ['"everything conformant", a third planned', conformantButPlanned],
    [
      'unaccepted risks above the threshold and excluded controls',
      () => {
        const soa = cleanSoaExcluding(['8.8']);
        const risks = ['R-1', 'R-2', 'R-3'].map((id) =>
          cleanRisk(id, { 'Residual Likelihood': 4, 'Residual Impact': 4 }),
        );
        return workbook('x.xlsx', { risks, soa });
      },
    ],
  ];
  for (const [name, make] of cases) it(name, () => expectAgreement(make()));
});

function cleanSoaExcluding(ids: readonly string[]): Row[] {
  return cleanSoa().map((r) =>
    ids.includes(String(r['Control ID']).slice(2))
      ? { ...r, Applicable: 'No', Justification: 'No such systems in scope' }
      : r,
  );
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

describe.skipIf(!existsSync(corpus))('validate majors = readiness blockers, on the corpus', () => {
  const files = existsSync(corpus)
    ? readdirSync(corpus).filter((f) => /\.(xlsx|csv)$/i.test(f))
    : [];
  for (const file of files)
    it(file, async () => {
      const input = await readWorkbookInput(path.join(corpus, file));
      expectAgreement(parseWorkbook(input.snapshot).workbook);
      const imported = importWorkbook(input.snapshot);
      const tables = Object.fromEntries(
        Object.entries(imported.tables).map(([t, rows]) => [t, rows as Row[]]),
      );
      if (Object.keys(tables).length > 0)
        expectAgreement(parseWorkbook(snapshotFromTables(file, tables)).workbook);
    });
});
