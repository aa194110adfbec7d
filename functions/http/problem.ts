/**
 * RFC 9457 problem details: every error the API returns is `application/problem+json` with a
 * stable `type`, a clear `title`, the HTTP `status`, a `detail` sentence, the `instance` (request
 * path) and `errors[]` naming the offending file or field. Routes throw `ProblemError`; the central
 * `onError` below turns it (and anything unexpected) into the response, once.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One offending item: a file (multipart) or a field (JSON pointer into the body or query). */
export type ProblemItem = {
  readonly detail: string;
  readonly file?: string;
  readonly field?: string;
  readonly pointer?: string;
  readonly reason?: string;
};

export type ProblemKind =
  | 'bad-request'
  | 'validation-failed'
  | 'no-files'
  | 'empty-file'
  | 'unsupported-media-type'
  | 'unreadable-workbook'
  | 'payload-too-large'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'method-not-allowed'
  | 'not-acceptable'
  | 'internal-error'
  | 'server-busy'
  | 'time-budget-exceeded'
  | 'request-timeout'
  | 'headers-too-large'
  | 'misdirected-request'
  | 'expectation-failed';

const CATALOGUE: Readonly<Record<ProblemKind, { status: number; title: string }>> = {
  'bad-request': { status: 400, title: 'Bad request' },
  'validation-failed': { status: 400, title: 'Request body does not match the schema' },
  'no-files': { status: 400, title: 'No workbook supplied' },
  'empty-file': { status: 400, title: 'Empty file' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Cross-site request refused' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'not-acceptable': { status: 406, title: 'Not acceptable' },
  'payload-too-large': { status: 413, title: 'Upload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'unreadable-workbook': { status: 422, title: 'Workbook cannot be read' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'server-busy': { status: 503, title: 'Server busy' },
  'time-budget-exceeded': { status: 504, title: 'Request took too long and was stopped' },
  // Local server, before any route: Node's HTTP parser and the Host check (server/).
  'request-timeout': { status: 408, title: 'Request not received in time' },
  'headers-too-large': { status: 431, title: 'Request headers too large' },
  'misdirected-request': { status: 421, title: 'Unknown host' },
  'expectation-failed': { status: 417, title: 'Expectation not supported' },
};

export const PROBLEM_KINDS = Object.keys(CATALOGUE) as readonly ProblemKind[];

/** `type` URI of a problem kind (not dereferenceable; docs/api.md lists them). */
export function problemType(kind: ProblemKind): string {
  return `urn:isms-workbook:problem:${kind}`;
}

export function problemStatus(kind: ProblemKind): number {
  return CATALOGUE[kind].status;
}

export function problemTitle(kind: ProblemKind): string {
  return CATALOGUE[kind].title;
}

/** Thrown by routes and decoders for any client error; rendered by `handleError`. */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly errors: readonly ProblemItem[];
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    kind: ProblemKind,
    detail: string,
    errors: readonly ProblemItem[] = [],
    headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.kind = kind;
    this.errors = errors;
    this.headers = headers;
  }
}

export type ProblemBody = {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly errors: readonly ProblemItem[];
};

/** The RFC 9457 body of a problem of `kind`: one shape for the app, the server and Azure. */
export function problemBody(
  kind: ProblemKind,
  detail: string,
  instance = '',
  errors: readonly ProblemItem[] = [],
): ProblemBody {
  const status = problemStatus(kind);
  return { type: problemType(kind), title: problemTitle(kind), status, detail, instance, errors };
}

export function problemResponse(c: Context, problem: ProblemError): Response {
  const body = problemBody(problem.kind, problem.message, c.req.path, problem.errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...problem.headers },
  });
}

const HTTP_EXCEPTION_KINDS: Readonly<Record<number, ProblemKind>> = {
  400: 'bad-request',
  401: 'unauthorized',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
};

/**
 * The app's `onError`: a `ProblemError` is rendered as is; hono's own `HTTPException`s (malformed
 * multipart, body limit) keep their status; anything else is a 500 whose detail never carries
 * the stack or the internal message (it is logged for the operator instead).
 */
export function handleError(err: Error, c: Context, log: (e: Error) => void): Response {
  if (err instanceof ProblemError) return problemResponse(c, err);
  if (err instanceof HTTPException) {
    const kind = HTTP_EXCEPTION_KINDS[err.status] ?? 'bad-request';
    return problemResponse(c, new ProblemError(kind, err.message || problemTitle(kind)));
  }
  log(err);
  return problemResponse(
    c,
    new ProblemError(
      'internal-error',
      'The request could not be completed because of an unexpected error; it has been logged.',
    ),
  );
}

export function notFound(c: Context): Response {
  return problemResponse(
    c,
    new ProblemError(
      'not-found',
      `No route ${c.req.method} ${c.req.path}; see /api/openapi.json for the routes.`,
    ),
  );
}
