/**
 * Plain-browser mode: reads a picked or dropped workbook with the same pure readers the CLI uses
 * (xlsx/xlsm, and CSV for conversion). The readers (fflate, papaparse) load on first use, keeping
 * them out of the first-load bundle.
 */
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import { HostError } from '../host-error';

export function isCsvName(name: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(name);
}

export async function openFile(file: File): Promise<WorkbookSnapshot> {
  if (isCsvName(file.name)) {
    const { readCsv } = await import('../../functions/xlsx/read-csv');
    return readCsv(await file.text(), { name: file.name }).snapshot;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const reader = await import('../../functions/xlsx/ooxml/read-xlsx');
  try {
    return reader.readXlsx(bytes, { name: file.name });
  } catch (e) {
    // XlsxReadError messages are one line naming the file and saying what to do.
    if (e instanceof reader.XlsxReadError) throw new HostError('unreadable_file', e.message);
    throw new HostError(
      'unreadable_file',
      `${file.name}: the file could not be read as an Excel workbook`,
    );
  }
}
