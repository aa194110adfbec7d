/**
 * The local server's HTTP/1.1 listener: hono's Node adapter (getRequestListener) on a Node
 * server whose connection-level defences are set, not left to Node's defaults, and whose every
 * answer — including those no route gives — carries the API's security headers:
 * - a client that sends its headers slowly (slowloris) is cut off after `headersTimeoutMs`, one
 *   that sends its body slowly or less than its Content-Length after `requestTimeoutMs`, both
 *   with a 408 problem (Node's defaults: 60 s and 5 min, checked every 30 s);
 * - what Node's parser refuses (a malformed request line, headers over 16 KB) is a problem+json
 *   400/431 with the security headers (raw-problem.ts), not Node's bare answer;
 * - an `Expect` other than 100-continue is a 417 problem, a 100-continue declaring a body over
 *   `maxBodyBytes` a 413 without the 100; a URL the adapter cannot parse is a 400;
 * - idle keep-alive connections close after `keepAliveTimeoutMs`, any connection on which
 *   nothing moves (a client that never reads a big answer) after `idleTimeoutMs`.
 * Health keeps answering throughout: none of this holds the event loop.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener, RequestError } from '@hono/node-server';
import { API_SECURITY_HEADERS } from '../http/security-headers';
import { answerClientError, rawProblemBody, type RawProblem } from './raw-problem';
import { PROBLEM_CONTENT_TYPE, problemStatus, type ProblemKind } from '../http/problem';

export type ConnectionTimeouts = {
  /** Time to receive the request line and headers (default 20 s). */
  readonly headersTimeoutMs?: number;
  /** Time to receive the whole request, body included (default 120 s: 50 MB on a slow link). */
  readonly requestTimeoutMs?: number;
  /** How often those two are checked (default 1 s; Node's is 30 s). */
  readonly checkIntervalMs?: number;
  /** Idle time before a keep-alive connection is closed (default 5 s, Node's). */
  readonly keepAliveTimeoutMs?: number;
  /**
   * A connection on which nothing moves for this long is destroyed (default 5 min, above any
   * request's budget and wait): a client that never reads its answer does not hold it in memory
   * forever (Node's default: no limit).
   */
  readonly idleTimeoutMs?: number;
  /**
   * The largest body any route takes: a request with `Expect: 100-continue` declaring more is
   * answered 413 at once, without the 100 that would make the client send it all (Node sends
   * 100 Continue to every such request by default).
   */
  readonly maxBodyBytes?: number;
};

type FetchHandler = (request: Request) => Response | Promise<Response>;

function problem(kind: ProblemKind, detail: string, instance = ''): Response {
  return new Response(rawProblemBody({ kind, detail }, instance), {
    status: problemStatus(kind),
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...API_SECURITY_HEADERS },
  });
}

/** A problem answered on a ServerResponse the adapter never saw (Expect handling). */
function writeProblem(
  req: IncomingMessage,
  res: ServerResponse,
  p: RawProblem,
  extra: Readonly<Record<string, string>> = {},
): void {
  const body = rawProblemBody(p, req.url ?? '');
  res.writeHead(problemStatus(p.kind), {
    'content-type': PROBLEM_CONTENT_TYPE,
    'content-length': Buffer.byteLength(body),
    ...extra,
    ...API_SECURITY_HEADERS,
  });
  res.end(body);
}

/** What the adapter could not hand to the app (a URL it cannot parse), or the app threw. */
function adapterError(err: unknown): Response {
  if (err instanceof RequestError)
    return problem('bad-request', 'The request target or Host header is not a valid URL.');
  console.error(err);
  return problem('internal-error', 'The request could not be completed.');
}

export function createHttpServer(fetch: FetchHandler, timeouts: ConnectionTimeouts = {}): Server {
  const headersTimeout = timeouts.headersTimeoutMs ?? 20_000;
  const listener = getRequestListener(fetch, { errorHandler: adapterError });
  const server = createServer(
    {
      headersTimeout,
      // Node requires requestTimeout ≥ headersTimeout (0 would disable it).
      requestTimeout: Math.max(headersTimeout, timeouts.requestTimeoutMs ?? 120_000),
      connectionsCheckingInterval: timeouts.checkIntervalMs ?? 1000,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs ?? 5000,
    },
    // The adapter answers every request itself (errors included): nothing to await here.
    (req, res) => void listener(req, res),
  );
  server.setTimeout(timeouts.idleTimeoutMs ?? 300_000);
  server.on('clientError', answerClientError);
  server.on('checkContinue', (req, res) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (timeouts.maxBodyBytes !== undefined && declared > timeouts.maxBodyBytes) {
      const detail = `The request body (${declared} bytes) is larger than the server accepts; it was not sent.`;
      writeProblem(req, res, { kind: 'payload-too-large', detail }, { connection: 'close' });
      return;
    }
    res.writeContinue();
    void listener(req, res);
  });
  server.on('checkExpectation', (req, res) => {
    const detail = `Expect: ${req.headers.expect} is not supported; only 100-continue is.`;
    writeProblem(req, res, { kind: 'expectation-failed', detail });
  });
  return server;
}
