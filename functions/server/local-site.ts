/**
 * The local site: the API under /api/* and, beside it, the built task pane (dist/addin) at /.
 * Without a build, / explains how to make one, so `npm start` on a fresh clone still works.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

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

export function createLocalSite(api: FetchApp, addinDir: string): Hono {
  const site = new Hono();
  site.all('/api', (c) => api.fetch(c.req.raw, c.env));
  site.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
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
