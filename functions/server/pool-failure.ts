/**
 * A worker-pool failure as the problem the client gets: over the time budget → 504, the queue
 * full → 503 with Retry-After, a worker out of its heap → 413; anything else stays an Error (the
 * central handler logs it and answers a bare 500).
 */
import { ProblemError } from '../http/problem';

export type FailureContext = {
  readonly timedOut: boolean;
  /** The client closed the connection: nobody reads the answer, nothing to log. */
  readonly clientGone: boolean;
  readonly timeBudgetMs: number;
  readonly maxHeapMb: number;
};

function codeOf(err: unknown): string | undefined {
  return (err as { code?: string } | null)?.code;
}

export function poolFailure(err: unknown, ctx: FailureContext): Error {
  const seconds = Math.round(ctx.timeBudgetMs / 1000);
  if (ctx.timedOut)
    return new ProblemError(
      'time-budget-exceeded',
      `Checking the workbooks took longer than ${seconds} s, the limit per request, and was stopped; split the workbook or send fewer at once.`,
      [{ field: 'body', detail: `over the ${seconds} s time budget` }],
    );
  if (ctx.clientGone)
    return new ProblemError('bad-request', 'The client closed the request before the answer.');
  if (err instanceof Error && /queue is at limit|no task queue available/i.test(err.message))
    return new ProblemError(
      'server-busy',
      'The server is checking as many workbooks as it can queue; try again in a few seconds.',
      [],
      { 'retry-after': '5' },
    );
  if (codeOf(err) === 'ERR_WORKER_OUT_OF_MEMORY')
    return new ProblemError(
      'payload-too-large',
      `Checking the workbooks needed more than the ${ctx.maxHeapMb} MB of memory one request may use; split the workbook or send fewer at once.`,
      [{ field: 'body', detail: `over the ${ctx.maxHeapMb} MB memory budget` }],
    );
  return err instanceof Error ? err : new Error(String(err));
}
