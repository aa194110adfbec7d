import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import { createLocalSite } from '../../../functions/server/local-site';
import { startLocalServer, type LocalServer } from '../../../functions/server/local';

const api = createApp();

function addinDir(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'addin-'));
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('createLocalSite', () => {
  it('hands /api/* to the API app', async () => {
    const site = createLocalSite(api, addinDir({}));
    const res = await site.request('/api/health');
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('ok');
  });

  it('says how to build the task pane when dist/addin has no page', async () => {
    const res = await createLocalSite(api, join(tmpdir(), 'no-such-addin-build')).request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npm run build:addin');
  });

  it('redirects / to the task pane page and serves the built files', async () => {
    const site = createLocalSite(
      api,
      addinDir({ 'taskpane.html': '<p>pane</p>', 'assets/app.js': 'ok()' }),
    );
    const home = await site.request('/');
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/taskpane.html');
    expect(await (await site.request('/taskpane.html')).text()).toBe('<p>pane</p>');
    expect(await (await site.request('/assets/app.js')).text()).toBe('ok()');
  });

  it('serves index.html at / when the build has one', async () => {
    const site = createLocalSite(api, addinDir({ 'index.html': '<p>home</p>' }));
    expect(await (await site.request('/')).text()).toBe('<p>home</p>');
  });
});

describe('startLocalServer', () => {
  let server: LocalServer | null = null;
  afterAll(async () => {
    await server?.close();
  });

  it('listens on loopback and answers the API over HTTP', async () => {
    server = await startLocalServer({ port: 0, hostname: '127.0.0.1', addinDir: addinDir({}) });
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(res.status).toBe(200);
    const missing = await fetch(`http://127.0.0.1:${server.port}/api/nope`);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');
  });
});
