/**
 * Moving a workbook request to another thread (the local server's worker pool): the request as
 * plain, structured-cloneable data (URL, the headers the routes read, the body bytes) and the
 * response back. The body is buffered first, under the app's body limit, so a worker only ever
 * gets a bounded request.
 */
import type { Context } from 'hono';

/** What crosses to the worker; `body` is transferred, not copied. */
export type OffloadTask = {
  readonly url: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: ArrayBuffer;
};

export type OffloadReply = {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
};

/**
 * Runs a task elsewhere; rejects with a ProblemError (busy, over the time budget…) or an Error.
 * `admit`, when present, is asked before the body is read, with its declared size (Content-Length;
 * undefined when chunked), and throws the busy problem when the request would be refused anyway:
 * so 50 concurrent 10 MB uploads to a full queue are not first buffered (500 MB) to be refused.
 */
export type Offload = ((task: OffloadTask, signal: AbortSignal) => Promise<Response>) & {
  readonly admit?: (declaredBytes: number | undefined) => void;
};

/** Content-Length as a number, undefined when absent or not a plain decimal. */
export function declaredLength(c: Context): number | undefined {
  const text = c.req.header('content-length');
  return text !== undefined && /^\d{1,15}$/.test(text.trim()) ? Number(text) : undefined;
}

/**
 * Reads a refused request's body to its end without keeping it, so the client, still sending,
 * gets the answer instead of a reset connection (Node closes a socket whose body was not read).
 */
export async function discardBody(request: Request): Promise<void> {
  const reader = request.body?.getReader();
  if (!reader) return;
  try {
    for (;;) if ((await reader.read()).done) return;
  } catch {
    // The client went away or the body limit cut it: nothing left to drain.
  }
}

/** Offloads the request, after `admit` (if any) let it in: a refused body is drained, not kept. */
export async function offloadRequest(c: Context, offload: Offload): Promise<Response> {
  try {
    offload.admit?.(declaredLength(c));
  } catch (err) {
    await discardBody(c.req.raw);
    throw err;
  }
  return offload(await toOffloadTask(c), c.req.raw.signal);
}

/**
 * Only what the workbook routes read: the media type and Accept. Origin, cookies and the bearer
 * token stay on the main thread, which has already checked them.
 */
const FORWARDED_HEADERS = ['content-type', 'accept'] as const;

export async function toOffloadTask(c: Context): Promise<OffloadTask> {
  const headers: [string, string][] = [];
  for (const name of FORWARDED_HEADERS) {
    const value = c.req.header(name);
    if (value !== undefined) headers.push([name, value]);
  }
  return { url: c.req.url, headers, body: await c.req.arrayBuffer() };
}

/** The worker side: the task as a Request to the in-thread app, the Response as plain data. */
export async function runOffloadTask(
  app: { fetch: (r: Request) => Response | Promise<Response> },
  task: OffloadTask,
): Promise<OffloadReply> {
  const request = new Request(task.url, {
    method: 'POST',
    headers: task.headers.map(([k, v]) => [k, v]),
    body: task.body.byteLength > 0 ? task.body : undefined,
  });
  const res = await app.fetch(request);
  const headers: [string, string][] = [];
  res.headers.forEach((v, k) => headers.push([k, v]));
  return { status: res.status, headers, body: new Uint8Array(await res.arrayBuffer()) };
}

export function fromOffloadReply(reply: OffloadReply): Response {
  const body = reply.body.byteLength > 0 ? reply.body : null;
  return new Response(body, {
    status: reply.status,
    headers: reply.headers.map(([k, v]) => [k, v]),
  });
}
