/**
 * Headers every API response carries (issue #11 item 8, docs/api.md "Security headers"):
 * nosniff, a Content-Security-Policy header (not only the report's <meta>) whose frame-ancestors
 * forbids framing API answers, no-store (reports and findings hold a register's contents: no
 * cache may keep them), and no Referer leaving the API. Set once, after the route, whatever
 * answered (a route, the error handler, a worker).
 */
import type { MiddlewareHandler } from 'hono';

/** JSON, problem+json and xlsx: nothing to load, never framed. */
export const API_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The printable gap report: its own inline styles and data: images only (no script at all). */
export const REPORT_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Every header a non-HTML API answer carries, for answers written outside the app (adapters). */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...COMMON_SECURITY_HEADERS,
  'content-security-policy': API_CSP,
  'cache-control': 'no-store',
};

export function apiSecurityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    for (const [k, v] of Object.entries(COMMON_SECURITY_HEADERS)) h.set(k, v);
    const html = /^text\/html\b/i.test(h.get('content-type') ?? '');
    h.set('content-security-policy', html ? REPORT_HTML_CSP : API_CSP);
    h.set('cache-control', 'no-store');
  };
}
