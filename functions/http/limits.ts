/** Upload limits (issue 4, "Limits and safety"): bounded size and count, so parsing is bounded too. */
export type Limits = {
  /** Largest single workbook file, in bytes. */
  readonly maxFileBytes: number;
  /** Most workbooks in one request (files or JSON snapshots). */
  readonly maxFiles: number;
  /** Largest request body, in bytes (multipart: all files together). */
  readonly maxTotalBytes: number;
};

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 20 * MB,
  maxFiles: 10,
  maxTotalBytes: 50 * MB,
};

/** Multipart framing (boundaries, part headers) on top of the files' own bytes. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export function formatBytes(n: number): string {
  return n >= MB ? `${(n / MB).toFixed(n % MB === 0 ? 0 : 1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
