/**
 * Hostile xlsx parts beyond the sheet data, through the real CLI in a child process: each ends
 * within 30 s of CPU and 1 GB (measured on the child) with a verdict, or exit 2 and one line
 * naming the file and the limit. Each case says what the command did before its fix.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as parts from './fixtures/hostile-parts';
import * as wb from './fixtures/hostile-workbook';
import { buildCli, oneLineNaming, runCli, scratchDir, withinBounds, writeCase } from './run-cli';

let dir = '';

beforeAll(() => {
  buildCli();
  dir = scratchDir();
});

function refused(name: string, bytes: Uint8Array, command = 'validate'): string {
  const file = writeCase(dir, name, bytes);
  const args =
    command === 'import'
      ? ['import', file, '--out', join(dir, `${name}.out.xlsx`)]
      : [command, file];
  const run = runCli(args);
  expect(run.code, run.stderr).toBe(2);
  expect(withinBounds(run)).toBe(true);
  expect(run.stdout).toBe('');
  return oneLineNaming(run, file);
}

function verdict(name: string, bytes: Uint8Array): string {
  const run = runCli(['validate', writeCase(dir, name, bytes), '--json']);
  expect([0, 1], run.stderr).toContain(run.code);
  expect(run.stderr).toBe('');
  expect(withinBounds(run)).toBe(true);
  return run.stdout;
}

describe('hostile styles, strings and sheet lists: bounded', () => {
  // Before: each repeat restarted the "Name (2)" search: 100,000 repeats spun for minutes.
  it('100,000 sheets of one name: refused by the sheet limit, at once', () => {
    expect(refused('same-name.xlsx', wb.sameNameSheets())).toContain('more than 10,000 worksheets');
  });

  // Before: 1.9 GB and 31 s of CPU (the part became one 400 MB string, then 80 M objects).
  it('a 400 MB styles part: refused by its size, before it is inflated', () => {
    expect(refused('styles.xlsx', parts.hugeStyles())).toContain(
      'its part xl/styles.xml is over 32 MB of XML',
    );
  });

  // Before: the 1 MB format code was classified again for each of 100,000 styles (minutes).
  it('100,000 styles over one 1 MB number format: read, the format classified once', () => {
    expect(verdict('format.xlsx', parts.longFormatManyXfs())).toContain('"RR-REQUIRED"');
  });

  // Before: 72 s of CPU (every check read each 50 MB copy). Now the one cell is refused (Excel
  // itself holds at most 32,767 characters in a cell); the same text spread as 16,000 characters
  // in each of 7,000 cells meets the text budget.
  it('one 50 MB shared string in 1,000 cells, or 16,000 characters in 7,000: refused', () => {
    expect(refused('text.xlsx', parts.hugeSharedString())).toContain(
      'cell D2 holds more than 32,767 characters',
    );
    expect(refused('text2.xlsx', parts.hugeSharedString(16_000, 7000))).toContain(
      'its cells hold more than 100,000,000 characters of text',
    );
  });

  // Before: 3,000 such ids took validate 45 s and gap-report past two minutes (V8 hashes strings
  // over 16,383 characters by length alone: every map of ids turned quadratic).
  // Now: a few such cells are read whole (Excel allows 32,767 characters); past 256 of them the
  // workbook is refused, naming the limit and the cell where it was reached.
  it('risk ids of 32,700 characters: refused past 256 such cells, naming the cell', () => {
    expect(refused('ids.xlsx', wb.longQuoted('id', 1000, 32_700))).toContain(
      'more than 256 cells hold over 16,383 characters each (the last counted is sheet "Risks" cell A258)',
    );
  });

  it('1,500 risk ids of 16,370 characters: the gap report is written within the bounds', () => {
    const file = writeCase(dir, 'ids16k.xlsx', wb.longQuoted('id', 1500, 16_370));
    const run = runCli(['gap-report', file, '--out', join(dir, 'ids16k.html')]);
    expect(run.code, run.stderr).toBe(0);
    expect(withinBounds(run)).toBe(true);
  });

  // Before: a 1 MB sheet name was read as it was (Excel allows 31 characters).
  it('a 1 MB sheet name: refused', () => {
    expect(refused('name.xlsx', wb.longSheetName())).toContain(
      'a sheet name is over 255 characters (Excel allows 31)',
    );
  });

  // Before: 105 s of CPU (512 lists × 1,000 sheets, each visiting up to 4,096 cells).
  it('512 list validations on each of 1,000 sheets, all on one long list: read', () => {
    expect(verdict('lists.xlsx', wb.validationFanOut())).toContain('WB-NO-ISMS-TABLES');
  });

  // Before: 958 MB, then "unexpected error: The encoded data was not valid for encoding utf-16le".
  it('a 400 MB UTF-16 sheet part: refused at 32 MB, as a part decoded whole', () => {
    expect(refused('utf16.xlsx', wb.utf16Sheet())).toContain('a UTF-16 sheet part is over 32 MB');
  });

  // Before: the second entry silently won (an empty sheet read instead of the real one).
  it('two zip entries of one name: refused as damaged, naming the part', () => {
    expect(refused('dup.xlsx', wb.duplicateEntries())).toContain(
      'it holds two parts named xl/worksheets/sheet1.xml',
    );
  });

  // Before: 16–24 s of CPU converting 10,000 one-cell sheets, and 300 KB printed.
  it('isms import of 10,000 sheets: refused by the import sheet limit', () => {
    expect(refused('sheets.xlsx', wb.manySheets(), 'import')).toContain(
      'over the import limit of 1,000 sheets per workbook',
    );
  });
});

describe('inputs that are not regular files', () => {
  // Before: 17 GB of memory and no end (a device reports size 0, so the size check passed).
  it('isms validate /dev/zero: refused at the 50 MB file limit', () => {
    const run = runCli(['validate', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(withinBounds(run)).toBe(true);
    expect(oneLineNaming(run, '/dev/zero')).toContain('the file is over 50 MB');
  });

  // Before: 600 MB read, then "not valid JSON".
  it('isms import --map /dev/zero: refused at 4 MB, naming the mapping file', () => {
    const file = writeCase(dir, 'map.csv', Buffer.from('Risk ID,Threat\nR-1,Fire\n'));
    const run = runCli(['import', file, '--out', join(dir, 'map.xlsx'), '--map', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(withinBounds(run)).toBe(true);
    expect(oneLineNaming(run, '/dev/zero')).toContain('cannot read the mapping file (over 4 MB)');
  });
});
