/** Browser mode reads files through the readers' one dispatcher, as the CLI and the API do. */
import { describe, expect, it } from 'vitest';
import { openFile } from '../../../addin/browser/open-file';
import { HostError } from '../../../addin/host-error';
import { handWorkbook } from '../../readers/read-fixtures';

const SHEET = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row></sheetData>`;

describe('openFile', () => {
  it('reads a zip as a workbook even when it is named .csv (content first)', async () => {
    const bytes = handWorkbook({ sheets: [{ name: 'Risks', body: SHEET }] });
    const snap = await openFile(new File([bytes.slice().buffer as ArrayBuffer], 'export.csv'));
    expect(snap.sheets.map((s) => s.name)).toEqual(['Risks']);
  });

  it('reads CSV text by its name, UTF-16 included', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x2c, 0, 0x42, 0]);
    const snap = await openFile(new File([utf16], 'risks.csv'));
    expect(snap.sheets[0].rows).toEqual([['A', 'B']]);
  });

  it('turns a read error into a HostError whose message names the file', async () => {
    const err = await openFile(new File(['not a workbook'], 'r.xlsx')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as Error).message).toMatch(/^r\.xlsx: not an Excel workbook/);
  });

  it('says too_large, naming the file and the limit, for a file over a budget', async () => {
    const wide = `${'x,'.repeat(17_000)}x\n`;
    const err = await openFile(new File([wide], 'w.csv')).catch((e: unknown) => e);
    expect((err as HostError).reason).toBe('too_large');
    expect((err as Error).message).toContain('at most 16,384 columns');
  });
});
