/**
 * Plain-browser mode: reads a picked or dropped workbook through the readers' one dispatcher, the
 * same the CLI and the API use (content first: a zip is an xlsx whatever its name; CSV text by
 * name). The readers (fflate, papaparse) load on first use, keeping them out of the first-load
 * bundle.
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import { HostError } from '../host-error';

export async function openFile(file: File): Promise<WorkbookSnapshot> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const readers = await import('../../readers');
  try {
    return readers.readWorkbookBytes(bytes, { name: file.name, type: file.type }).snapshot;
  } catch (e) {
    // XlsxReadError messages are one line naming the file and saying what to do.
    if (e instanceof readers.XlsxReadError)
      throw new HostError(e.reason === 'too_large' ? 'too_large' : 'unreadable_file', e.message);
    throw new HostError(
      'unreadable_file',
      `${file.name}: the file could not be read as an Excel workbook`,
    );
  }
}
