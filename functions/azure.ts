/**
 * Azure Functions v4 host: one catch-all HTTP function (`{*proxy}`, host.json routePrefix "")
 * hands every request to the hono app and its answer back. Azure checks the function key
 * (authLevel 'function'); the app checks the optional Entra ID bearer token.
 */
import {
  app as functions,
  type HttpRequest,
  type HttpResponseInit,
  type InvocationContext,
} from '@azure/functions';
import { createApp } from './app';
import { authConfigFromEnv } from './auth/auth-config';
import { PROBLEM_CONTENT_TYPE, problemBody } from './http/problem';
import { API_SECURITY_HEADERS } from './http/security-headers';

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };
type AzureHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

const NO_BODY_METHODS = new Set(['GET', 'HEAD']);

/**
 * HttpRequest → fetch Request: same URL (path keeps /api), headers and body. The body is handed
 * on as the stream it is, not buffered here first: the app's body limit (413 beyond 50 MB) and
 * its Content-Encoding check then apply before anything is copied.
 */
export function toFetchRequest(request: HttpRequest): Promise<Request> {
  const body = NO_BODY_METHODS.has(request.method) ? null : request.body;
  // duplex: 'half' is what fetch requires of a streamed request body (not yet in every lib.dom).
  const init = { method: request.method, headers: request.headers, body, duplex: 'half' };
  return Promise.resolve(new Request(request.url, init as RequestInit));
}

/** fetch Response → HttpResponseInit; the body goes as raw bytes so xlsx stays binary. */
export async function toResponseInit(response: Response): Promise<HttpResponseInit> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const bytes = response.body ? new Uint8Array(await response.arrayBuffer()) : undefined;
  return {
    status: response.status,
    headers,
    body: bytes && bytes.byteLength > 0 ? bytes : undefined,
  };
}

export function toAzureHandler(api: FetchApp): AzureHandler {
  return async (request, context) => {
    try {
      return await toResponseInit(await api.fetch(await toFetchRequest(request)));
    } catch (err) {
      // The app renders its own errors; this only catches a failure of the adapter itself.
      context.error(err);
      return {
        status: 500,
        headers: { 'content-type': PROBLEM_CONTENT_TYPE, ...API_SECURITY_HEADERS },
        jsonBody: problemBody(
          'internal-error',
          'The request could not be completed.',
          new URL(request.url).pathname,
        ),
      };
    }
  };
}

const corsOrigins = (process.env.CORS_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

/** The registered handler, exported so tests can call it with HttpRequest/InvocationContext. */
export const handler = toAzureHandler(
  createApp({ auth: authConfigFromEnv(process.env), corsOrigins }),
);

functions.http('api', {
  route: '{*proxy}',
  methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
  authLevel: 'function',
  handler,
});
