/**
 * Hostile CSV files through the CLI: bounded (30 s CPU, 1 GB, measured on the child), refused
 * with one line naming the file and the limit when over one, damaged records each reported.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as hostile from './fixtures/hostile-csv';
import { buildCli, oneLineNaming, runCli, scratchDir, withinBounds, writeCase } from './run-cli';

let dir = '';

beforeAll(() => {
  buildCli();
  dir = scratchDir();
});

const write = (name: string, bytes: Uint8Array) => writeCase(dir, name, bytes);

describe('hostile CSV files', () => {
  it('1,000,000 records are read within the bounds', () => {
    const run = runCli(['validate', write('million.csv', hostile.millionLines())]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('WB-NO-ISMS-TABLES');
    expect(withinBounds(run)).toBe(true);
  });

  it('2,200,000 records: refused by the row budget, naming the file', () => {
    const file = write('rows.csv', hostile.tooManyLines());
    const run = runCli(['validate', file]);
    expect(run.code).toBe(2);
    expect(withinBounds(run)).toBe(true);
    expect(oneLineNaming(run, file)).toContain('more than 2,097,152 rows');
  });

  // #11.5: before, `isms import` said "unexpected error: 16385 is out of bounds" and exited 0.
  it('a 20,000-field record: refused by validate and import, naming the file and the limit', () => {
    const file = write('wide.csv', hostile.wideRow());
    for (const args of [
      ['validate', file],
      ['import', file, '--out', join(dir, 'wide.xlsx')],
    ]) {
      const run = runCli(args);
      expect(run.code).toBe(2);
      expect(withinBounds(run)).toBe(true);
      expect(oneLineNaming(run, file)).toContain('at most 16,384 columns');
    }
  });

  // #11.5: before, R-2 merged into R-1 and one CSV-MALFORMED-ROW stood for three damaged rows.
  it('mixed line endings: no record merges, each damaged one is reported', () => {
    const run = runCli(['validate', write('mixed.csv', hostile.mixedLineEndings()), '--json']);
    expect(run.code).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: { rule: string; row: number }[] };
    const rows = findings.filter((f) => f.rule === 'CSV-MALFORMED-ROW').map((f) => f.row);
    expect(rows).toEqual([3, 4, 5]);
  });
});
