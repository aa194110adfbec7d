/**
 * DNS rebinding defence for the local server (docs/api.md, "CSRF"): a page on
 * http://evil.example:7071 whose name is re-pointed at 127.0.0.1 is same-origin with the server
 * in the victim's browser, so the cross-site guard lets its posts through and the browser lets it
 * read the answers. The browser still sends `Host: evil.example:7071`, so a server bound to
 * loopback answers only the names that mean this machine (localhost, 127.0.0.1, [::1]) and those
 * listed in ALLOWED_HOSTS; anything else is a 421 problem. Ports are not checked (PORT=0 picks
 * one at random).
 */
import type { MiddlewareHandler } from 'hono';
import { ProblemError, problemResponse } from '../http/problem';
import { API_SECURITY_HEADERS } from '../http/security-headers';

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'] as const;

/** `Host: name:port` → name, lower-cased, an IPv6 literal keeping its brackets. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  const colon = h.lastIndexOf(':');
  return (colon >= 0 ? h.slice(0, colon) : h).replace(/\.$/, '');
}

export function isLoopbackBinding(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || /^127\./.test(hostname);
}

/** Refuses requests whose Host is not one of `allowed` (names, without port). */
export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((a) => hostName(a)));
  return async (c, next) => {
    const header = c.req.header('host') ?? '';
    // An absolute-form target (`GET http://other/...`) names the host instead (RFC 9112 §3.2.2).
    const target = new URL(c.req.url).host;
    if (names.has(hostName(header)) && names.has(hostName(target))) return next();
    const host = names.has(hostName(header)) ? target : header;
    const res = problemResponse(
      c,
      new ProblemError(
        'misdirected-request',
        'This server answers requests for localhost only; set ALLOWED_HOSTS to add a name.',
        [{ field: 'header.host', detail: `${hostName(host) || '(none)'} is not an allowed host` }],
      ),
    );
    for (const [k, v] of Object.entries(API_SECURITY_HEADERS)) res.headers.set(k, v);
    return res;
  };
}
