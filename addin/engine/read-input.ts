/**
 * Reads one picked or dropped file's bytes into a snapshot through the readers' one dispatcher,
 * the same the CLI and the API use (content first, name second). Runs inside the engine's worker;
 * a reading problem of the data is a finding (CSV-*, WB-*), an unreadable file a one-line
 * HostError naming it.
 */
import type { WorkbookSnapshot } from '../../shared/grid';
import type { Finding } from '../../shared/validation';
import { readWorkbookBytes, XlsxReadError } from '../../readers';
import { HostError } from '../host-error';

export function readInput(
  name: string,
  bytes: Uint8Array,
): { snapshot: WorkbookSnapshot; findings: Finding[] } {
  try {
    const read = readWorkbookBytes(bytes, { name });
    return { snapshot: read.snapshot, findings: [...read.findings] };
  } catch (e) {
    // XlsxReadError messages are one line naming the file and saying what to do.
    if (e instanceof XlsxReadError) throw new HostError('unreadable_file', e.message);
    throw new HostError('unreadable_file', `${name}: the file could not be read as a workbook`);
  }
}
