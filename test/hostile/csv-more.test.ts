/**
 * More hostile CSV files: encodings and Excel's conventions read in-process (what was misread),
 * and the big ones through the CLI in a child process, within 30 s of CPU and 1 GB.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbookBytes, XlsxReadError } from '../../readers';
import * as csv from './fixtures/hostile-csv-more';
import { buildCli, oneLineNaming, runCli, scratchDir, withinBounds, writeCase } from './run-cli';

const read = (name: string, bytes: Uint8Array) => readWorkbookBytes(bytes, { name });
const rows = (name: string, bytes: Uint8Array) => read(name, bytes).snapshot.sheets[0].rows;

describe('CSV encodings and Excel conventions', () => {
  // Before: "latin1.csv: not an Excel workbook (.xlsx/.xlsm)" (the sniffer saw U+FFFD).
  it('Windows-1252 bytes (Excel\'s plain "CSV" on Western Windows) read as that text', () => {
    expect(rows('latin1.csv', csv.latin1())[1]).toEqual(['R-1', 'Dégât des eaux', 3]);
  });

  // Before: "sep=;" became the header and each record was reported as malformed.
  it('the sep=; hint line names the delimiter and is not a record', () => {
    const { snapshot, findings } = read('sep.csv', csv.sepHint());
    expect(snapshot.sheets[0].rows).toEqual([
      ['Risk ID', 'Threat', 'Impact'],
      ['R-1', 'Fire', 3],
      ['R-2', 'Flood', 2],
    ]);
    expect(findings).toEqual([]);
  });

  // Before: refused as "not an Excel workbook (.xlsx/.xlsm)" with no word about the bytes.
  it('NUL bytes in a .csv: refused in one line that says the text holds binary data', () => {
    let message = '';
    try {
      read('nul.csv', csv.nulBytes());
    } catch (e) {
      if (!(e instanceof XlsxReadError)) throw e;
      message = e.message;
    }
    expect(message).toMatch(/^nul\.csv: .*holds binary data \(byte 0x00 at offset 21\)/);
    expect(message).not.toContain('\n');
  });

  it('UTF-16 LE and BE and UTF-8 with their byte-order marks, CR-only line endings', () => {
    for (const kind of ['utf16le', 'utf16be', 'utf8'] as const)
      expect(rows(`${kind}.csv`, csv.withBom(kind))[0]).toEqual(['Risk ID', 'Threat', 'Impact']);
    expect(rows('cr.csv', csv.crOnly())).toHaveLength(3);
  });

  it('a 20,000-character field is read whole (Excel holds up to 32,767 in a cell)', () => {
    const text = 'é'.repeat(20_000);
    const got = rows('long.csv', Buffer.from(`Risk ID,Threat\nR-1,${text}\n`));
    expect(got[1]).toEqual(['R-1', text]);
  });
});

describe('big CSV files through the CLI, within the bounds', () => {
  let dir = '';
  beforeAll(() => {
    buildCli();
    dir = scratchDir();
  });

  const validate = (name: string, bytes: Uint8Array) => {
    const run = runCli(['validate', writeCase(dir, name, bytes)]);
    expect(run.code, run.stderr).toBe(1);
    expect(withinBounds(run)).toBe(true);
    return run;
  };

  it('1,000,000 empty lines: read', () => {
    expect(validate('empty.csv', csv.emptyLines()).stdout).toContain('WB-NO-ISMS-TABLES');
  });

  // Before: read as one 45 MB (or 40 MB) cell, which reports then quoted.
  it('one 45 MB line, or a quote never closed over 40 MB: refused at 32,767 characters in one cell', () => {
    for (const [name, bytes] of [
      ['line.csv', csv.oneLongLine()],
      ['quote.csv', csv.unterminatedQuote()],
    ] as const) {
      const file = writeCase(dir, name, bytes);
      const run = runCli(['validate', file]);
      expect(run.code).toBe(2);
      expect(withinBounds(run)).toBe(true);
      expect(oneLineNaming(run, file)).toContain('row 1 field 1 holds more than 32,767 characters');
    }
  });
});
