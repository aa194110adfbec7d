import { beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { requireBearer } from '../../../functions/auth/require-bearer';
import { handleError } from '../../../functions/http/problem';
import { testKeys, type TestKeys } from './entra-keys';

let keys: TestKeys;
let app: Hono;
beforeAll(async () => {
  keys = await testKeys();
  app = new Hono();
  app.onError((err, c) => handleError(err, c, () => undefined));
  app.post('/api/validate', requireBearer(keys.config), (c) => c.json({ ok: true }));
});

describe('requireBearer', () => {
  it('lets a request with a valid bearer token through', async () => {
    const res = await app.request('/api/validate', {
      method: 'POST',
      headers: { authorization: `Bearer ${await keys.sign()}` },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers 401 problem+json with WWW-Authenticate when the header is missing', async () => {
    const res = await app.request('/api/validate', { method: 'POST' });
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    const body = await res.json();
    expect(body).toMatchObject({
      status: 401,
      title: 'Authentication required',
      instance: '/api/validate',
    });
    expect(body.errors[0]).toMatchObject({ field: 'header.authorization', reason: 'missing' });
  });

  it('answers 401 naming the reason when the token is for another audience', async () => {
    const res = await app.request('/api/validate', {
      method: 'POST',
      headers: { authorization: `Bearer ${await keys.sign({ aud: 'other-app' })}` },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer, error="invalid_token"');
    expect((await res.json()).errors[0].reason).toBe('audience');
  });

  it('answers 401 for a non-Bearer scheme', async () => {
    const res = await app.request('/api/validate', {
      method: 'POST',
      headers: { authorization: 'Basic dXNlcjpwYXNz' },
    });
    expect(res.status).toBe(401);
  });
});
