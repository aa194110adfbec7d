/**
 * The answer for a known path asked with a method it does not take: 405 problem+json with
 * `Allow` (RFC 9110 §15.5.6), and OPTIONS answered with 204 and `Allow` (§9.3.7) — before, OPTIONS
 * and TRACE on every route were a 404 "no route". Derived from the
 * routes registered, so a new route gets its fallback without a second list. CORS preflights
 * never get here: the cors middleware answers them first when CORS_ORIGINS is set.
 */
import type { Hono } from 'hono';
import { ProblemError } from './problem';

/**
 * The methods a fallback answers. POST is not among them: POST on a GET-only path stays a 404
 * (a contract of the health route's tests). HEAD is answered as GET by hono.
 */
const FALLBACK_METHODS = ['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'] as const;

/** Registers, after every route of `api`, the fallback of each of its paths. */
export function methodFallbacks(api: Hono): void {
  const allowed = new Map<string, Set<string>>();
  for (const r of api.routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const methods = allowed.get(r.path) ?? new Set<string>();
    methods.add(r.method);
    if (r.method === 'GET') methods.add('HEAD');
    allowed.set(r.path, methods);
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods].sort().join(', ');
    const what = methods.has('POST') ? 'POST with workbooks' : allow;
    const missing = FALLBACK_METHODS.filter((m) => !methods.has(m));
    api.on([...missing], path, (c) => {
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { allow: `${allow}, OPTIONS` });
      throw new ProblemError(
        'method-not-allowed',
        `${path.slice(1)} takes ${what}, not ${c.req.method}.`,
        [],
        { allow },
      );
    });
  }
}
