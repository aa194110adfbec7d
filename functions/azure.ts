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

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };
type AzureHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

const NO_BODY_METHODS = new Set(['GET', 'HEAD']);

/** HttpRequest → fetch Request: same URL (path keeps /api), headers and bytes. */
export async function toFetchRequest(request: HttpRequest): Promise<Request> {
  const body = NO_BODY_METHODS.has(request.method) ? undefined : await request.arrayBuffer();
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: body && body.byteLength > 0 ? body : undefined,
  });
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
        headers: { 'content-type': 'application/problem+json' },
        jsonBody: {
          type: 'urn:isms-workbook:problem:internal-error',
          title: 'Internal server error',
          status: 500,
          detail: 'The request could not be completed.',
          instance: new URL(request.url).pathname,
          errors: [],
        },
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
