/**
 * A second spreadsheet engine recalculates the template's native formulas: LibreOffice headless
 * opens generated workbooks whose cached formula results were deliberately spoiled, recalculates
 * them, and every score and rating must equal what the core computes (computeScore/rateScore).
 *
 * LibreOffice trusts cached values in xlsx files that say Excel wrote them (exceljs does) unless
 * Calc's "Recalculation on file load" for Excel 2007+ files is "Always": the fresh profile of
 * each run sets /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as ExcelJS from 'exceljs';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { computeScore, rateScore } from '../../../shared/risk/score-risk';
import type { Cell } from '../../../shared/grid/grid';
import type { Methodology, ScaleLevel } from '../../../shared/model/types';
import { reopen } from './write-support';

const hasSoffice = !spawnSync('soffice', ['--version'], { stdio: 'ignore' }).error;

const levels = (n: number): ScaleLevel[] =>
  Array.from({ length: n }, (_, k) => ({
    level: k + 1,
    label: `L${k + 1}`,
    description: `Level ${k + 1}`,
  }));

const CASES: Record<string, Methodology> = {
  // 4×4 product; bands unsorted, with a gap at 3 (uncovered scores rate blank)
  product: {
    ...DEFAULT_METHODOLOGY,
    likelihood: levels(4),
    impact: levels(4),
    formula: 'product',
    bands: [
      { name: 'High', min: 8, max: 11, color: '#FFC000' },
      { name: 'Low', min: 1, max: 2, color: '#92D050' },
      { name: 'Extreme', min: 12, max: 16, color: '#C00000' },
      { name: 'Medium', min: 4, max: 7, color: '#FFEB84' },
    ],
    acceptanceThreshold: 7,
  },
  // 3 likelihood levels × 5 impact levels, summed (2…8); the top score 8 has no band
  sum: {
    ...DEFAULT_METHODOLOGY,
    likelihood: levels(3),
    impact: levels(5),
    formula: 'sum',
    bands: [
      { name: 'Low', min: 2, max: 3, color: '#92D050' },
      { name: 'Medium', min: 4, max: 5, color: '#FFEB84' },
      { name: 'High', min: 6, max: 7, color: '#FFC000' },
    ],
    acceptanceThreshold: 5,
  },
  // 5×5 matrix lookup, not monotonic, one value (31) above the top band
  matrix: {
    ...DEFAULT_METHODOLOGY,
    formula: 'matrix',
    matrix: [
      [1, 2, 4, 7, 11],
      [2, 5, 8, 13, 17],
      [3, 6, 12, 18, 23],
      [6, 9, 14, 20, 27],
      [7, 10, 19, 24, 31],
    ],
    bands: [
      { name: 'Low', min: 1, max: 6, color: '#92D050' },
      { name: 'Medium', min: 7, max: 13, color: '#FFEB84' },
      { name: 'High', min: 14, max: 19, color: '#FFC000' },
      { name: 'Critical', min: 20, max: 30, color: '#FF5B5B' },
    ],
  },
};

/** Every pair of levels, plus blanks, text, zero, fractions and levels off the scale. */
function riskRows(m: Methodology): Record<string, Cell>[] {
  const maxL = m.likelihood.length;
  const ls: Cell[] = [...m.likelihood.map((l) => l.level), 0, maxL + 1, 2.5, null, 'high'];
  const is: Cell[] = [...m.impact.map((l) => l.level), null];
  const pairs = ls.flatMap((l) => is.map((i) => [l, i] as const));
  return pairs.map(([l, i], k) => {
    const [rl, ri] = pairs[pairs.length - 1 - k];
    return {
      'Risk ID': `R-${k + 1}`,
      Likelihood: l,
      Impact: i,
      'Residual Likelihood': rl,
      'Residual Impact': ri,
    };
  });
}

function expected(
  m: Methodology,
  l: Cell,
  i: Cell,
): { score: number | null; rating: string | null } {
  const score = typeof l === 'number' && typeof i === 'number' ? computeScore(m, l, i) : null;
  return { score, rating: score === null ? null : (rateScore(m, score)?.name ?? null) };
}

/** Replaces every cached formula result with the text STALE; returns the spoiled package. */
function spoil(bytes: Uint8Array): { bytes: Uint8Array; spoiled: number } {
  const files = unzipSync(bytes);
  let spoiled = 0;
  for (const path of Object.keys(files)) {
    if (!path.startsWith('xl/worksheets/sheet')) continue;
    const xml = strFromU8(files[path]).replace(
      // A plain `<f>…</f>`, a shared formula's anchor `<f t="shared" ref si>…</f>`, or one of its
      // other cells `<f t="shared" si/>`: LibreOffice must recompute each from the formula alone.
      /(<c r="[A-Z]+\d+"(?: s="\d+")?)(?: t="[a-z]+")?>(<f>[^<]*<\/f>|<f t="shared"[^>]*?(?:\/>|>[^<]*<\/f>))(?:<v>[^<]*<\/v>)?/g,
      (_, open: string, f: string) => {
        spoiled++;
        return `${open} t="str">${f}<v>STALE</v>`;
      },
    );
    files[path] = strToU8(xml);
  }
  return { bytes: zipSync(files), spoiled };
}

/** The live score formula: switch the method on the Methodology sheet from Product to Sum. */
function switchToSum(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['xl/sharedStrings.xml']);
  if (!xml.includes('<t>Product</t>')) throw new Error('no Product setting to switch');
  files['xl/sharedStrings.xml'] = strToU8(xml.replace('<t>Product</t>', '<t>Sum</t>'));
  return zipSync(files);
}

const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Converts every file to xlsx with LibreOffice in one run, recalculating on load. */
function recalculate(dir: string, files: readonly string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
    const out = join(dir, 'out');
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      ...files,
    ];
    const run = spawnSync('soffice', args, { encoding: 'utf8', timeout: 100_000 });
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

type Recalculated = {
  id: string;
  score: Cell;
  rating: Cell;
  residualScore: Cell;
  residualRating: Cell;
};

function resultOf(cell: ExcelJS.Cell): Cell {
  const v = cell.value as unknown;
  const r =
    typeof v === 'object' && v !== null && 'formula' in v ? (v as { result?: unknown }).result : v;
  return r === undefined || r === '' ? null : (r as Cell);
}

function readRisks(wb: ExcelJS.Workbook): Recalculated[] {
  const ws = wb.getWorksheet('Risks')!;
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (h: string) => header.indexOf(h);
  const out: Recalculated[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const id = row.getCell(col('Risk ID')).value;
    if (typeof id !== 'string') continue;
    out.push({
      id,
      score: resultOf(row.getCell(col('Inherent Score'))),
      rating: resultOf(row.getCell(col('Inherent Rating'))),
      residualScore: resultOf(row.getCell(col('Residual Score'))),
      residualRating: resultOf(row.getCell(col('Residual Rating'))),
    });
  }
  return out;
}

describe.skipIf(!hasSoffice && !process.env.CI)(
  'LibreOffice recalculation of the canonical workbook',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-recalc-'));
    const results: Record<string, Recalculated[]> = {};
    const spoiled: Record<string, number> = {};
    const rows = Object.fromEntries(Object.entries(CASES).map(([k, m]) => [k, riskRows(m)]));

    beforeAll(async () => {
      const files: string[] = [];
      const write = (name: string, bytes: Uint8Array) => {
        const s = spoil(bytes);
        spoiled[name] = s.spoiled;
        files.push(join(dir, `${name}.xlsx`));
        writeFileSync(files.at(-1)!, s.bytes);
      };
      for (const [name, m] of Object.entries(CASES)) {
        write(
          name,
          await writeCanonicalWorkbook({ methodology: m, rows: { tblRisks: rows[name] } }),
        );
      }
      write(
        'live',
        switchToSum(
          await writeCanonicalWorkbook({
            methodology: CASES.product,
            rows: { tblRisks: rows.product },
          }),
        ),
      );
      recalculate(dir, files);
      for (const name of [...Object.keys(CASES), 'live']) {
        results[name] = readRisks(await reopen(readFileSync(join(dir, 'out', `${name}.xlsx`))));
      }
    }, 110_000);

    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function expectCoreResults(name: string, m: Methodology, input: Record<string, Cell>[]): void {
      expect(spoiled[name]).toBe(input.length * 4);
      expect(results[name].map((r) => r.id)).toEqual(input.map((r) => r['Risk ID']));
      results[name].forEach((got, k) => {
        const row = input[k];
        const inherent = expected(m, row.Likelihood, row.Impact);
        const residual = expected(m, row['Residual Likelihood'], row['Residual Impact']);
        const where = `${name} ${got.id} (${row.Likelihood}×${row.Impact}; ${row['Residual Likelihood']}×${row['Residual Impact']})`;
        expect({ score: got.score, rating: got.rating }, where).toEqual(inherent);
        expect({ score: got.residualScore, rating: got.residualRating }, where).toEqual(residual);
      });
    }

    it('scores a 4×4 product method with unsorted, gapped bands as the core does', () => {
      expectCoreResults('product', CASES.product, rows.product);
    });

    it('scores a 3×5 sum method, leaving an unbanded top score unrated, as the core does', () => {
      expectCoreResults('sum', CASES.sum, rows.sum);
    });

    it('scores a 5×5 matrix method through tblMatrix as the core does', () => {
      expectCoreResults('matrix', CASES.matrix, rows.matrix);
    });

    it('rescores every risk when the Score formula setting on the Methodology sheet changes', () => {
      expectCoreResults('live', { ...CASES.product, formula: 'sum' }, rows.product);
    });

    it('replaced every spoiled cached value', () => {
      const all = Object.values(results).flatMap((rs) =>
        rs.flatMap((r) => [r.score, r.rating, r.residualScore, r.residualRating]),
      );
      expect(all.length).toBeGreaterThan(0);
      expect(all).not.toContain('STALE');
    });
  },
);
