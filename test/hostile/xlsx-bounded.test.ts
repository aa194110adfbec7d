/**
 * Hostile xlsx files the CLI must read (they are valid, or harmlessly odd): a verdict (exit 0 or
 * 1), within 30 s of CPU and 1 GB of memory measured on the child process.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import * as hostile from './fixtures/hostile-xlsx';
import { buildCli, runCli, scratchDir, withinBounds, writeCase, type CliRun } from './run-cli';

let dir = '';

beforeAll(() => {
  buildCli();
  dir = scratchDir();
});

function validate(name: string, bytes: Uint8Array, ...flags: string[]): CliRun {
  const file = writeCase(dir, name, bytes);
  const run = runCli(['validate', file, ...flags]);
  expect([0, 1], run.stderr).toContain(run.code);
  expect(run.stderr).toBe('');
  expect(withinBounds(run)).toBe(true);
  return run;
}

type Json = { findings: { rule: string; sheet: string | null; message: string }[] };
const json = (run: CliRun): Json => JSON.parse(run.stdout) as Json;

describe('isms validate reads odd but harmless xlsx files in bounded time and memory', () => {
  it('65,500 entries around a workbook', () => {
    expect(validate('entries.xlsx', hostile.manyEntries()).stdout).toContain('WB-NO-ISMS-TABLES');
  });

  it('billion laughs and XXE: entities in a DTD are never expanded or fetched', () => {
    const laughs = validate('laughs.xlsx', hostile.billionLaughs(), '--json');
    expect(laughs.stdout.length).toBeLessThan(10_000);
    const x = validate('xxe.xlsx', hostile.xxe(), '--json');
    expect(x.stdout).not.toContain('root:');
  });

  it('200,000 nested elements', () => {
    validate('deep.xlsx', hostile.deepXml());
  });

  it('entry names that climb out of the folder are never written anywhere', () => {
    validate('traversal.xlsx', hostile.traversalNames());
    expect(existsSync('/tmp/isms-hostile-evil.txt')).toBe(false);
    expect(existsSync('/etc/isms-hostile-evil.txt')).toBe(false);
  });

  it('XFD1048576 in the dimension, a merge and the table ref over a few cells', () => {
    const run = validate('far-refs.xlsx', hostile.farRefs(), '--json');
    expect(json(run).findings.some((f) => f.sheet === 'Risks')).toBe(true);
  });

  // #11.2: before, readRecords walked 1,048,575 × 16,384 slots (~14 minutes of CPU).
  it('one cell at XFD1048576 under a table ref of A1:XFD1048576', () => {
    validate('far-cell.xlsx', hostile.oneFarCell());
  });

  // #11.1: before, 16,384 slots per row were allocated: heap out of memory, exit 134.
  it('40,000 one-cell rows under a table ref of A1:XFD1048576: every row is read', () => {
    const run = validate('full-table.xlsx', hostile.fullSheetTable());
    expect(run.code).toBe(1);
    // Each of the 39,999 data rows misses the required risk fields: the table was really read.
    expect(run.stdout).toMatch(/1 workbook, 2\d{5} findings/);
  });

  // #11.3 (reader side): the documented sheet limit reads within the bounds.
  it('1,048,575 rows × 3 cells', () => {
    validate('register.xlsx', hostile.fullRegister());
  });

  // #11.7: before, the table bound to the first "Risks" (60 spurious findings, the real ones gone).
  it('duplicate sheet names: WB-DUPLICATE-SHEET, and the table stays on its own sheet', () => {
    const f = json(validate('dup.xlsx', hostile.duplicateSheets(), '--json')).findings;
    expect(f.find((x) => x.rule === 'WB-DUPLICATE-SHEET')?.sheet).toBe('Risks (2)');
    expect(f.some((x) => x.rule === 'RR-REQUIRED' && x.sheet === 'Risks (2)')).toBe(true);
  });

  // #11.7: before, a missing sheet part silently read as an empty sheet.
  it('a sheet whose part is missing: WB-MISSING-PART naming it', () => {
    const f = json(validate('missing.xlsx', hostile.missingSheetPart(), '--json')).findings;
    const missing = f.find((x) => x.rule === 'WB-MISSING-PART');
    expect(missing?.sheet).toBe('Risks');
    expect(missing?.message).toContain('xl/worksheets/sheet2.xml');
  });
});
