/**
 * The CSRF stance (docs/api.md): a browser request that changes or computes something (any POST)
 * is refused with 403 when it comes from another site, unless its Origin is one CORS_ORIGINS
 * allows. A page elsewhere could otherwise make a user's browser post a form (multipart needs
 * no preflight) to the local server on localhost and have it processed. Signals, in order:
 * `Sec-Fetch-Site` (same-origin / none pass), then `Origin` (allowed or the API's own origin
 * passes). A request with neither header is not from a browser (curl, the CLI, a server) and
 * passes: CSRF needs a victim's browser.
 */
import type { MiddlewareHandler } from 'hono';
import { ProblemError } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function crossSiteGuard(allowedOrigins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(allowedOrigins);
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site')?.toLowerCase();
    const origin = c.req.header('origin');
    if (site === 'same-origin' || site === 'none') return next();
    if (origin !== undefined && allowed.has(origin)) return next();
    if (site === undefined && origin === undefined) return next();
    if (site === undefined && origin === new URL(c.req.url).origin) return next();
    throw new ProblemError(
      'forbidden',
      `A cross-site request from ${origin ?? 'another site'} was refused: this API only takes browser requests from its own pages and the origins set in CORS_ORIGINS.`,
      [{ field: 'header.origin', detail: `${origin ?? '(none)'} is not an allowed origin` }],
    );
  };
}
