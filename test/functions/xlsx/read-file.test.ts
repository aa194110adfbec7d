import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XlsxReadError } from '../../../readers';
import { readWorkbookFile, readWorkbookInput } from '../../../functions/xlsx/read-file';
import { excelJsBytes } from '../../readers/read-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'read-file-'));

async function reason(path: string): Promise<string> {
  try {
    await readWorkbookFile(path);
  } catch (e) {
    if (e instanceof XlsxReadError) return `${e.reason}|${e.message}`;
    throw e;
  }
  return 'ok';
}

describe('readWorkbookFile', () => {
  it('reads an xlsx by content, whatever its extension', async () => {
    const bytes = await excelJsBytes((wb) => {
      wb.addWorksheet('Risks').getCell('A1').value = 'Risk ID';
    });
    const path = join(dir, 'register.data');
    writeFileSync(path, bytes);
    const snap = await readWorkbookFile(path);
    expect(snap.name).toBe('register.data');
    expect(snap.sheets[0].rows).toEqual([['Risk ID']]);
  });

  it('reads a .csv through the CSV reader, keeping its findings', async () => {
    const path = join(dir, 'risks.csv');
    writeFileSync(path, 'Risk ID,Owner\nR1,Ann\nR2,Bob,extra\n');
    const input = await readWorkbookInput(path);
    expect(input.snapshot.sheets[0].rows[1]).toEqual(['R1', 'Ann']);
    expect(input.findings.map((f) => f.rule)).toEqual(['CSV-MALFORMED-ROW']);
  });

  it('fails with one line naming the file when it is missing, empty or a folder', async () => {
    expect(await reason(join(dir, 'nope.xlsx'))).toBe('not_found|nope.xlsx: file not found');
    writeFileSync(join(dir, 'empty.xlsx'), new Uint8Array(0));
    expect(await reason(join(dir, 'empty.xlsx'))).toBe(
      'empty|empty.xlsx: empty file, nothing to read',
    );
    expect(await reason(dir)).toMatch(/^not_xlsx\|read-file-\w+: not an Excel workbook .*folder/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'big.xlsx');
    writeFileSync(path, new Uint8Array(2048));
    await expect(
      readWorkbookFile(path, { limits: { maxCompressedBytes: 1024 } }),
    ).rejects.toMatchObject({ reason: 'too_large' });
  });
});
