/**
 * The local host: `npm start` serves the same hono app as the Azure function on
 * http://localhost:7071 (PORT and HOST override; PORT=0 picks a free port), plus the task pane
 * from dist/addin at /. No cloud account, no function key; Entra ID auth only if configured.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { authConfigFromEnv } from '../auth/auth-config';
import { createLocalSite } from './local-site';

export type LocalServer = { readonly url: string; readonly port: number; close(): Promise<void> };

export type LocalServerOptions = {
  readonly port?: number;
  readonly hostname?: string;
  readonly addinDir?: string;
};

export function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const env = process.env;
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const api = createApp({ auth: authConfigFromEnv(env), corsOrigins });
  const site = createLocalSite(api, options.addinDir ?? resolve('dist/addin'));
  const hostname = options.hostname ?? env.HOST ?? '127.0.0.1';
  const port = options.port ?? Number(env.PORT ?? 7071);
  return new Promise((done) => {
    const server = serve({ fetch: site.fetch, port, hostname }, (info) => {
      const shown = hostname === '127.0.0.1' || hostname === '::1' ? 'localhost' : hostname;
      const url = `http://${shown}:${info.port}`;
      done({
        url,
        port: info.port,
        close: () => new Promise<void>((closed) => server.close(() => closed())),
      });
    });
  });
}

async function main(): Promise<void> {
  const server = await startLocalServer();
  console.log(
    `ISMS checks API  ${server.url}/api  (health ${server.url}/api/health, OpenAPI ${server.url}/api/openapi.json)`,
  );
  console.log(`Task pane        ${server.url}/`);
  console.log(`Try: curl -F files=@register.xlsx ${server.url}/api/validate`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
