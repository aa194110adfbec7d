import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../functions/app';
import { canonicalSnapshot } from '../support/snapshot';
import { testKeys, type TestKeys } from './auth/entra-keys';

let keys: TestKeys;
beforeAll(async () => {
  keys = await testKeys();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

describe('createApp with Entra ID auth', () => {
  it('refuses a workbook route without a bearer token, before reading the body', async () => {
    const app = createApp({ auth: keys.config, limits: { maxTotalBytes: 10 } });
    const res = await app.request(
      '/api/validate',
      json({ workbooks: [canonicalSnapshot('a.xlsx')], padding: 'x'.repeat(100_000) }),
    );
    // Over the body limit too: 401, not 413, shows the token is checked before the body is read.
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('serves a workbook route to a caller with a valid token', async () => {
    const app = createApp({ auth: keys.config, log: () => undefined });
    const token = await keys.sign();
    const res = await app.request(
      '/api/check',
      json({ workbooks: [canonicalSnapshot('a.xlsx')] }, { authorization: `Bearer ${token}` }),
    );
    expect(res.status).toBe(200);
  });

  it('keeps /api/health and /api/openapi.json open', async () => {
    const app = createApp({ auth: keys.config });
    expect((await app.request('/api/health')).status).toBe(200);
    expect((await app.request('/api/openapi.json')).status).toBe(200);
  });
});

describe('createApp with CORS origins', () => {
  it('answers a preflight from an allowed origin and exposes content-disposition', async () => {
    const app = createApp({ corsOrigins: ['https://localhost:3000'] });
    const res = await app.request('/api/gap-report', {
      method: 'OPTIONS',
      headers: { origin: 'https://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://localhost:3000');
  });

  it('sends no CORS headers when none are configured', async () => {
    const res = await createApp().request('/api/health', {
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
