/**
 * Reads one picked or dropped file's bytes into a snapshot with the same pure readers the CLI
 * uses (xlsx/xlsm, CSV). Runs inside the engine's worker; a reading problem of the data is a
 * finding (CSV-*), an unreadable file a one-line HostError naming it.
 */
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import type { Finding } from '../../shared/validation/finding';
import { readCsv } from '../../functions/xlsx/read-csv';
import { readXlsx, XlsxReadError } from '../../functions/xlsx/ooxml/read-xlsx';
import { HostError } from '../host-error';
import { isCsvName } from '../browser/open-file';

export function readInput(
  name: string,
  bytes: Uint8Array,
): { snapshot: WorkbookSnapshot; findings: Finding[] } {
  if (isCsvName(name)) return readCsv(new TextDecoder().decode(bytes), { name });
  try {
    return { snapshot: readXlsx(bytes, { name }), findings: [] };
  } catch (e) {
    // XlsxReadError messages are one line naming the file and saying what to do.
    if (e instanceof XlsxReadError) throw new HostError('unreadable_file', e.message);
    throw new HostError(
      'unreadable_file',
      `${name}: the file could not be read as an Excel workbook`,
    );
  }
}
