/**
 * Paths against the static pane files of the local server (127.0.0.1, raw sockets so nothing
 * normalises them first): dot-dot, percent-encoded, double-encoded, backslashes, overlong UTF-8,
 * `//`. No file outside the served folder may be read; a file inside it still is.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../functions/server/local';
import { exchange } from '../functions/server/raw-http';

const SECRET = 'top-secret-value';
let server: LocalServer;
beforeAll(async () => {
  // The served folder, and beside it a file no request may read.
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  const addinDir = join(root, 'addin');
  mkdirSync(join(addinDir, 'sub'), { recursive: true });
  writeFileSync(join(addinDir, 'index.html'), '<!doctype html><title>pane</title>');
  writeFileSync(join(addinDir, 'sub', 'a.js'), 'ok');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  server = await startLocalServer({ port: 0, hostname: '127.0.0.1', addinDir, pool: false });
});
afterAll(() => server.close());

const send = (text: string) => exchange(server.port, (s) => s.write(text));

describe('paths against the static pane files', () => {
  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%252e%252e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%5csecret.txt',
    '/sub/..%2f..%2fsecret.txt',
    '/sub/../../secret.txt',
    '//secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/index.html/../../secret.txt',
  ])('%s reads nothing outside the served folder', async (path) => {
    const a = await send(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
    expect(a.body).not.toContain(SECRET);
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(a.headers['x-content-type-options']).toBe('nosniff');
  });

  it('still serves a file inside it, with the pane CSP', async () => {
    const a = await send('GET /sub/a.js HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    expect([a.status, a.body]).toEqual([200, 'ok']);
    expect(a.headers['content-security-policy']).toContain('frame-ancestors');
  });
});
