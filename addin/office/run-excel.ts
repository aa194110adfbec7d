/**
 * The one wrapper around `Excel.run`: maps `OfficeExtension.Error` codes to `HostError` reasons
 * (once, here) and retries while the user is editing a cell (Excel rejects API calls in cell-edit
 * mode with `InvalidOperationInCellEditMode`).
 */
import { HostError, type HostErrorReason } from '../host-error';

export type ExcelBatch<T> = (ctx: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: ExcelBatch<T>) => Promise<T>;

type RawRun = <T>(batch: ExcelBatch<T>) => Promise<T>;

export type RunExcelOptions = {
  /** Attempts in cell-edit mode before giving up (default 5). */
  readonly attempts?: number;
  /** Waits between attempts; injected so tests need no timers. */
  readonly wait?: (ms: number) => Promise<void>;
};

const REASONS: Readonly<Record<string, readonly [HostErrorReason, string]>> = {
  InvalidOperationInCellEditMode: [
    'busy_editing',
    'Excel is busy: finish editing the cell (press Enter or Esc), then try again.',
  ],
  ItemNotFound: [
    'sheet_missing',
    'A sheet or table the add-in needs was not found; it may have been renamed or deleted.',
  ],
  ApiNotFound: [
    'api_unsupported',
    'This version of Excel does not support this feature (ExcelApi 1.9 or later is required).',
  ],
  ItemAlreadyExists: ['name_taken', 'A sheet or table with that name already exists.'],
  RequestPayloadSizeLimitExceeded: [
    'too_large',
    'The workbook is too large to process in one request; try a smaller range.',
  ],
  ResponsePayloadSizeLimitExceeded: [
    'too_large',
    'The workbook is too large to read in one request; try a smaller range.',
  ],
  AccessDenied: [
    'access_denied',
    'Excel denied access: the workbook or sheet may be protected or read-only.',
  ],
};

function codeOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || !('code' in e)) return null;
  const code = (e as { code: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** `OfficeExtension.Error` (or anything with a `code`) → HostError; HostErrors pass through. */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = codeOf(e);
  const mapped = code ? REASONS[code] : undefined;
  if (mapped) return new HostError(mapped[0], mapped[1]);
  const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
  return new HostError('unknown', `Excel could not complete the request${detail}`);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Builds an `ExcelRun` from a raw runner (`Excel.run` in production, a mock context in tests). */
export function makeRunExcel(raw: RawRun, opts: RunExcelOptions = {}): ExcelRun {
  const attempts = opts.attempts ?? 5;
  const wait = opts.wait ?? sleep;
  return async <T>(batch: ExcelBatch<T>): Promise<T> => {
    for (let i = 1; ; i++) {
      try {
        return await raw(batch);
      } catch (e) {
        if (codeOf(e) !== 'InvalidOperationInCellEditMode' || i >= attempts) throw toHostError(e);
        await wait(250 * i);
      }
    }
  };
}

/** The production runner. */
export const runExcel: ExcelRun = makeRunExcel((batch) => Excel.run(batch));
