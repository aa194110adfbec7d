/**
 * CORS and CSRF with the origins a tester tries: `null`, a trailing dot, another port or scheme,
 * upper case — none is the allowed origin, so none is let through or given credentials, and the
 * preflights carry the security headers like every other answer. Cross-site form posts (text/plain,
 * urlencoded, multipart) are refused with or without an Origin.
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, testApp } from '../routes/route-support';

const ALLOWED = 'https://localhost:3000';
const app = testApp({ corsOrigins: [ALLOWED] });

const preflight = (origin: string) =>
  Promise.resolve(
    app.request('/api/validate', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    }),
  );

describe('CORS origin variants', () => {
  it.each([
    'null',
    'https://localhost:3000.',
    'https://localhost.:3000',
    'https://localhost:3001',
    'http://localhost:3000',
    'HTTPS://LOCALHOST:3000',
    'https://localhost:3000@evil.example',
    'https://evil.example',
  ])('a preflight from %s does not get that origin back, nor credentials', async (origin) => {
    const res = await preflight(origin);
    expect(res.headers.get('access-control-allow-origin')).not.toBe(origin);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a preflight from the allowed origin gets it, with the security headers', async () => {
    const res = await preflight(ALLOWED);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.each(['null', 'https://localhost:3000.', 'https://localhost:3001'])(
    'a POST from %s is refused',
    async (origin) => {
      const res = await app.request('/api/validate', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{}',
      });
      await expectProblem(res, 403, 'forbidden');
    },
  );
});

describe('cross-site form posts without an Origin', () => {
  it.each([
    ['text/plain', 'files=x'],
    ['application/x-www-form-urlencoded', 'files=x'],
    [
      'multipart/form-data; boundary=b',
      '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\ny\r\n--b--\r\n',
    ],
  ])('%s with Sec-Fetch-Site: cross-site → 403', async (type, body) => {
    const res = await testApp().request('/api/gap-report', {
      method: 'POST',
      headers: { 'content-type': type, 'sec-fetch-site': 'cross-site' },
      body,
    });
    await expectProblem(res, 403, 'forbidden');
  });
});
