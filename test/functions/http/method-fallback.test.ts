/**
 * Every path of the API answers every method (found attacking it: OPTIONS and TRACE on every
 * route were a 404 (TRACE, which fetch cannot send, is in test/hostile/http-connection.test.ts) "no route"): the methods it takes, a 405 with Allow for the others, OPTIONS a
 * 204 with Allow; each with the security headers. POST on a GET-only path stays a 404.
 */
import { describe, expect, it } from 'vitest';
import { WORKBOOK_ROUTES } from '../../../functions/app';
import { expectProblem, testApp } from '../routes/route-support';

const app = testApp();
const call = (method: string, path: string) => Promise.resolve(app.request(path, { method }));

function expectSecured(res: Response): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('cache-control')).toBe('no-store');
}

describe('method fallbacks', () => {
  it.each(WORKBOOK_ROUTES.map((p) => `/api${p}`))('%s: OPTIONS → 204 Allow POST', async (p) => {
    const res = await call('OPTIONS', p);
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('POST, OPTIONS');
    expectSecured(res);
  });

  it.each(['PATCH', 'GET', 'HEAD', 'DELETE'])('/api/validate: %s → 405 Allow POST', async (m) => {
    const res = await call(m, '/api/validate');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expectSecured(res);
    if (m !== 'HEAD') await expectProblem(res, 405, 'method-not-allowed');
  });

  it.each(['/api/health', '/api/openapi.json', '/api/template'])(
    '%s: DELETE → 405 Allow GET, HEAD; OPTIONS → 204',
    async (p) => {
      const trace = await call('DELETE', p);
      expect(trace.headers.get('allow')).toBe('GET, HEAD');
      await expectProblem(trace, 405, 'method-not-allowed');
      const options = await call('OPTIONS', p);
      expect(options.status).toBe(204);
      expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    },
  );

  it('keeps POST on a GET-only path a 404, with the security headers', async () => {
    const res = await call('POST', '/api/health');
    expectSecured(res);
    await expectProblem(res, 404, 'not-found');
  });
});
