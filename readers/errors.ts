/**
 * Why a file could not be read as a workbook. The message is one line naming the file and saying
 * what to do, so hosts can print it as it is (CLI stderr, problem+json title, task-pane banner).
 */
export type XlsxReadReason =
  'not_xlsx' | 'legacy_xls' | 'encrypted' | 'truncated' | 'empty' | 'too_large' | 'not_found';

export class XlsxReadError extends Error {
  readonly reason: XlsxReadReason;
  readonly file: string;

  constructor(reason: XlsxReadReason, file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'XlsxReadError';
    this.reason = reason;
    this.file = file;
  }
}

/** The standard wording for each reason; `extra` refines it (e.g. "it looks like a Word document"). */
export function readError(reason: XlsxReadReason, file: string, extra?: string): XlsxReadError {
  const detail = DETAILS[reason] + (extra ? `; ${extra}` : '');
  return new XlsxReadError(reason, file, detail);
}

const DETAILS: Readonly<Record<XlsxReadReason, string>> = {
  not_xlsx: 'not an Excel workbook (.xlsx/.xlsm)',
  legacy_xls:
    'legacy Excel 97-2003 workbook (.xls); open it in Excel and save it as .xlsx (Excel Workbook), then try again',
  encrypted: 'password-protected (encrypted) workbook; remove the password and try again',
  truncated: 'damaged or incomplete file (the zip container is broken); save or download it again',
  empty: 'empty file, nothing to read',
  too_large: 'too large to read safely',
  not_found: 'file not found',
};
