/**
 * Hostile xlsx files the CLI must refuse: exit 2, one stderr line naming the file and saying why
 * (or which limit), within 30 s of CPU and 1 GB of memory, measured on the child process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ole2Bytes } from '../readers/read-fixtures';
import * as hostile from './fixtures/hostile-xlsx';
import { buildCli, oneLineNaming, runCli, scratchDir, withinBounds, writeCase } from './run-cli';

let dir = '';

beforeAll(() => {
  buildCli();
  dir = scratchDir();
});

function refused(name: string, bytes: Uint8Array): string {
  const file = writeCase(dir, name, bytes);
  const run = runCli(['validate', file]);
  expect(run.code, run.stderr).toBe(2);
  expect(withinBounds(run)).toBe(true);
  expect(run.stdout).toBe('');
  return oneLineNaming(run, file);
}

describe('isms validate refuses hostile xlsx files with one line naming the file', () => {
  it('not a zip at all', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(refused('noise.xlsx', noise)).toContain('not an Excel workbook');
  });

  it('a zip cut short', () => {
    const whole = hostile.farRefs();
    expect(refused('cut.xlsx', whole.subarray(0, whole.length >> 1))).toMatch(/damaged|incomplete/);
  });

  it('a part whose declared size is over the 500 MB budget (zip bomb), before inflating it', () => {
    expect(refused('bomb.xlsx', hostile.declaredBomb())).toContain('more than 500 MB');
  });

  it('nested zips (42.zip style): never opened, the package holds no workbook', () => {
    expect(refused('nested.xlsx', hostile.nestedZip())).toContain('no xl/workbook.xml');
  });

  it('an encrypted workbook and a legacy .xls', () => {
    const enc = ole2Bytes(['EncryptionInfo', 'EncryptedPackage']);
    expect(refused('secret.xlsx', enc)).toContain('password-protected');
    expect(refused('old.xls', ole2Bytes(['Workbook']))).toContain('.xls');
  });

  // #11.4: before, empty <c/> were free: 6 M of them were scanned whole and the read succeeded.
  it('six million empty <c/> cells: charged to the cell budget', () => {
    expect(refused('empty-cells.xlsx', hostile.emptyCellBomb())).toContain(
      'more than 5,000,000 cells',
    );
  });

  // #11.4: before, a 200 MB <row> was re-concatenated on each inflated chunk (quadratic).
  it('a sheet that is one 200 MB row: refused at 64 MB of row, in linear time', () => {
    expect(refused('one-row.xlsx', hostile.oneHugeRow())).toContain(
      'one row holds more than 64 MB',
    );
  });

  // #11.1: the cells present really span 16,384 columns × 40,000 rows (655 M slots).
  it('a full-sheet table over 40,000 rows whose cells reach XFD: refused by the table budget', () => {
    expect(refused('wide-table.xlsx', hostile.fullSheetTableWide())).toContain(
      'more than 20,000,000 cells',
    );
  });
});
