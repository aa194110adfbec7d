/**
 * The local site: the API under /api/* and, beside it, the built task pane (dist/addin) at /.
 * Without a build, / explains how to make one, so `npm start` on a fresh clone still works.
 * The pages carry nosniff, Referrer-Policy and a CSP whose frame-ancestors lets Office (desktop
 * webviews are top-level; Office on the web frames the pane from its own hosts) and nothing else
 * frame the task pane. Scripts are not restricted here: office.js loads more code from its CDN.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { COMMON_SECURITY_HEADERS } from '../http/security-headers';
import { hostGuard } from './host-guard';

/** The hosts Office on the web frames add-in task panes from (Microsoft 365, Outlook, SharePoint). */
export const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  'https://*.officeapps.live.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
  'https://*.live.com',
] as const;

export const TASK_PANE_CSP = `frame-ancestors ${OFFICE_FRAME_ANCESTORS.join(' ')}; object-src 'none'; base-uri 'self'; form-action 'self'`;

type FetchApp = { fetch: (request: Request, env?: unknown) => Response | Promise<Response> };

const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ISMS workbook — local server</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>ISMS workbook checks API is running</h1>
<p>The task pane has not been built yet. Run <code>npm run build:addin</code> (or <code>npm start</code>, which builds it first) and reload.</p>
<p>The API: <a href="/api/health">/api/health</a>, <a href="/api/openapi.json">/api/openapi.json</a>.
Try <code>curl -F files=@register.xlsx http://localhost:7071/api/validate</code>.</p>
</body></html>`;

/** The page / opens: index.html, else the task pane page, else null (no build). */
export function addinEntry(addinDir: string): string | null {
  for (const page of ['index.html', 'taskpane.html'])
    if (existsSync(join(addinDir, page))) return page;
  return null;
}

/**
 * `allowedHosts` (names, no port): when given, requests for any other Host are refused before
 * anything else runs (host-guard.ts, DNS rebinding).
 */
export function createLocalSite(
  api: FetchApp,
  addinDir: string,
  allowedHosts?: readonly string[],
): Hono {
  const site = new Hono();
  if (allowedHosts) site.use('*', hostGuard(allowedHosts));
  site.all('/api', (c) => api.fetch(c.req.raw, c.env));
  site.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  // Registered after /api (which answers with its own, stricter headers): pages and assets only.
  site.use('/*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(COMMON_SECURITY_HEADERS)) c.res.headers.set(k, v);
    c.res.headers.set('content-security-policy', TASK_PANE_CSP);
  });
  site.get('/', async (c, next) => {
    // Looked up per request so a rebuild of the task pane shows without a restart.
    const entry = addinEntry(addinDir);
    if (entry === null) return c.html(NO_BUILD_PAGE);
    if (entry !== 'index.html') return c.redirect(`/${entry}`);
    await next();
  });
  site.use('/*', serveStatic({ root: addinDir }));
  site.notFound((c) => c.text('Not found', 404));
  return site;
}
