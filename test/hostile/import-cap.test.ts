/**
 * #11.5 — the import cap (readers/limits.ts, DEFAULT_IMPORT_LIMITS: 150,000 rows and 2,000,000
 * cells holding a value per workbook). Over it, `isms import` exits 2 with one line naming the
 * file, the sheet and the limit and writes nothing, within 30 s of CPU and 1 GB measured on the
 * child; POST /api/import answers 413. A register just under the limit imports, within the same
 * bounds. Before the cap, a 160,000-row CSV import ran for 263 s and took 4.5 GB.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_LIMITS } from '../../readers/limits';
import { expectProblem, form, postForm, testApp } from '../functions/routes/route-support';
import { gridCsv, registerCsv, registerXlsx } from './fixtures/import-register';
import { buildCli, oneLineNaming, runCli, scratchDir, withinBounds, writeCase } from './run-cli';

let dir = '';

beforeAll(() => {
  buildCli();
  dir = scratchDir();
});

const write = (name: string, bytes: Uint8Array) => writeCase(dir, name, bytes);

describe('isms import: the import cap', () => {
  it('states the limits the docs give', () => {
    expect(DEFAULT_IMPORT_LIMITS).toEqual({ maxRows: 150_000, maxCells: 2_000_000 });
  });

  it.each([
    ['160k.csv', () => registerCsv(160_000), '160k'],
    ['160k.xlsx', () => registerXlsx(160_000), 'Risk register'],
  ])(
    'a 160,000-risk register (%s) is refused, naming the file, sheet and limit',
    (name, make, sheet) => {
      const file = write(name, make());
      const out = join(dir, `${name}.out.xlsx`);
      const run = runCli(['import', file, '--out', out]);
      expect(run.code).toBe(2);
      expect(withinBounds(run)).toBe(true);
      const line = oneLineNaming(run, file);
      expect(line).toContain(`sheet "${sheet}"`);
      expect(line).toContain('import limit of 150,000 rows holding a value');
      expect(line).toContain('160,001 rows');
      expect(run.stdout).toBe('');
      expect(existsSync(out)).toBe(false);
    },
  );

  it('a register just under the limit (150,000 rows with its header) imports every risk', () => {
    const file = write('149999.csv', registerCsv(149_999));
    const out = join(dir, '149999.out.xlsx');
    const run = runCli(['import', file, '--out', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(withinBounds(run)).toBe(true);
    const { summary } = JSON.parse(run.stdout) as { summary: { rows: Record<string, number> } };
    expect(summary.rows.tblRisks).toBe(149_999);
    expect(existsSync(out)).toBe(true);
  });
});

describe('POST /api/import: the import cap', () => {
  const app = testApp();

  it('160,001 rows: 413 problem+json naming the file, the sheet and the limit', async () => {
    const bytes = gridCsv(160_001, 3);
    const res = await postForm(app, '/api/import', form([{ name: 'tall.csv', bytes }]));
    const body = await expectProblem(res, 413, 'payload-too-large');
    expect(body.detail).toContain('tall.csv');
    expect(body.detail).toContain('sheet "tall"');
    expect(body.detail).toContain('import limit of 150,000 rows holding a value');
    expect(body.errors[0]).toMatchObject({ file: 'tall.csv', reason: 'too_large' });
  });

  it('2,100,000 cells on fewer rows: 413 naming the cell limit', async () => {
    const bytes = gridCsv(100_000, 21);
    const res = await postForm(app, '/api/import', form([{ name: 'wide.csv', bytes }]));
    const body = await expectProblem(res, 413, 'payload-too-large');
    expect(body.detail).toContain('import limit of 2,000,000 cells holding a value');
  });
});
