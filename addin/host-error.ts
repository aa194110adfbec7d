/**
 * A failure of the host (Excel, the browser, the network) mapped once at the boundary into a reason
 * the task pane can explain. Data problems are findings, never HostErrors.
 */
export type HostErrorReason =
  | 'sheet_missing'
  | 'busy_editing'
  | 'api_unsupported'
  | 'name_taken'
  | 'too_large'
  | 'access_denied'
  | 'unreadable_file'
  | 'network'
  | 'server'
  | 'unknown';

export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly reason: HostErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** The message to show for any thrown value (HostError messages are already user-facing). */
export function describeError(e: unknown): string {
  if (e instanceof HostError) return e.message;
  if (e instanceof Error && e.message) return e.message;
  return 'Something went wrong. Try again; if it persists, reload the add-in.';
}
