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

/** Runs a task elsewhere; rejects with a ProblemError (busy, over the time budget…) or an Error. */
export type Offload = (task: OffloadTask, signal: AbortSignal) => Promise<Response>;

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
