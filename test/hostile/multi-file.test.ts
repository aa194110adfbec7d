/**
 * The workbooks of one command share one read budget (functions/cli/input-budget.ts). Before:
 * `isms check` over four registers of 1,048,575 rows (each inside the per-file limits) took
 * 1 GB and 19 s of CPU, and more of them crashed the process.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fullRegister } from './fixtures/hostile-xlsx';
import { buildCli, runCli, scratchDir, withinBounds, writeCase } from './run-cli';

let files: string[] = [];

beforeAll(() => {
  buildCli();
  const dir = scratchDir();
  const first = writeCase(dir, 'r0.xlsx', fullRegister());
  files = [first, ...[1, 2, 3, 4, 5].map((i) => join(dir, `r${i}.xlsx`))];
  for (const f of files.slice(1)) copyFileSync(first, f);
});

describe('the files of one command share one read budget', () => {
  it('check over six registers at the sheet limit: two are read, the third is refused naming it and the shared limit, the rest are not read', () => {
    const run = runCli(['check', ...files]);
    expect(run.code).toBe(2);
    expect(withinBounds(run)).toBe(true);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^\S+r2\.xlsx: too large to read safely; more than [\d,]+ cells \(left of the 7,500,000 cells, .* that the files of one command share\)$/,
    );
    expect(lines.slice(1)).toEqual(
      files.slice(3).map((f) => `${f}: not read, a file before it is too large to read safely`),
    );
  });
});
