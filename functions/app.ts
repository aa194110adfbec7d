/**
 * @module functions/app — the composition root of the checks API: one hono app that both hosts
 * (Azure Functions in azure.ts, the local Node server in server/local.ts) hand requests to.
 * No @azure/functions here. Errors are rendered once, centrally, as RFC 9457 problem+json.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AuthConfig } from './auth/auth-config';
import { requireBearer } from './auth/require-bearer';
import { defaultServices } from './http/default-services';
import { DEFAULT_LIMITS, MULTIPART_OVERHEAD_BYTES, formatBytes, type Limits } from './http/limits';
import { contentEncodingGuard } from './http/content-encoding-guard';
import { crossSiteGuard } from './http/cross-site-guard';
import { methodFallbacks } from './http/method-fallback';
import { offloadRequest, type Offload } from './http/offload';
import { ProblemError, handleError, notFound } from './http/problem';
import { apiSecurityHeaders } from './http/security-headers';
import type { Services } from './http/services';
import { checkRoutes } from './routes/check';
import { diffRoutes } from './routes/diff';
import { healthRoutes } from './routes/health';
import { importRoutes } from './routes/import';
import { openapiRoutes } from './routes/openapi';
import { readinessRoutes } from './routes/readiness';
import { REPORT_PATHS, reportRoutes } from './routes/reports';
import { templateRoutes } from './routes/template';
import type { RouteDeps } from './routes/route-deps';
import { validateRoutes } from './routes/validate';

export type AppOptions = {
  readonly limits?: Partial<Limits>;
  /** The host's clock, for the default asOf (today). */
  readonly now?: () => Date;
  readonly services?: Partial<Services>;
  /** Entra ID bearer validation for the POST routes; null/absent leaves it off. */
  readonly auth?: AuthConfig | null;
  /** Origins allowed to call the API from a browser (e.g. the add-in's dev server). */
  readonly corsOrigins?: readonly string[];
  /** Where unexpected errors are logged (never sent to the client). */
  readonly log?: (err: Error) => void;
  /**
   * Runs the workbook routes elsewhere, after auth, the cross-site guard and the body limit (the
   * local server's worker pool, server/worker-pool.ts). Absent: in this thread (Azure Functions).
   */
  readonly offload?: Offload;
};

export const WORKBOOK_ROUTES = [
  '/validate',
  '/check',
  ...REPORT_PATHS,
  '/readiness',
  '/import',
  '/diff',
] as const;

export function createApp(options: AppOptions = {}): Hono {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const deps: RouteDeps = {
    limits,
    now: options.now ?? (() => new Date()),
    services: { ...defaultServices, ...options.services },
  };
  const log = options.log ?? ((err: Error) => console.error(err));
  const api = new Hono();
  api.use('*', crossSiteGuard(options.corsOrigins ?? []));
  api.use('*', contentEncodingGuard());
  if (options.corsOrigins?.length)
    api.use(
      '*',
      cors({ origin: [...options.corsOrigins], exposeHeaders: ['content-disposition'] }),
    );
  for (const path of WORKBOOK_ROUTES) {
    // Auth first: an unauthenticated caller never gets the server to buffer a body.
    if (options.auth) api.post(path, requireBearer(options.auth));
    api.post(
      path,
      bodyLimit({
        maxSize: limits.maxTotalBytes + MULTIPART_OVERHEAD_BYTES,
        onError: () => tooLarge(limits),
      }),
    );
    const offload = options.offload;
    if (offload) api.post(path, (c) => offloadRequest(c, offload));
  }
  api.route('/', healthRoutes(limits));
  api.route('/', openapiRoutes(limits));
  api.route('/', validateRoutes(deps));
  api.route('/', checkRoutes(deps));
  api.route('/', reportRoutes(deps));
  api.route('/', readinessRoutes(deps));
  api.route('/', importRoutes(deps));
  api.route('/', diffRoutes(deps));
  api.route('/', templateRoutes());
  // Last: a known path with another method → 405 with Allow (OPTIONS → 204), never a 404.
  methodFallbacks(api);

  const app = new Hono();
  app.use('*', apiSecurityHeaders());
  // A client that went away (its body cut short, its connection closed) is no error to log.
  app.onError((err, c) => handleError(err, c, c.req.raw.signal.aborted ? () => undefined : log));
  app.notFound(notFound);
  app.route('/api', api);
  return app;
}

function tooLarge(limits: Limits): never {
  throw new ProblemError(
    'payload-too-large',
    `The request body is larger than ${formatBytes(limits.maxTotalBytes)}, the limit per request.`,
    [
      {
        field: 'body',
        detail: `at most ${formatBytes(limits.maxTotalBytes)} in all, ${formatBytes(limits.maxFileBytes)} per file`,
      },
    ],
  );
}
