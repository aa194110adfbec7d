/**
 * Issue #11 item 8 (headers): responses carried no nosniff, no CSP header (only the report's
 * <meta>), no frame-ancestors and no `Cache-Control: no-store` on reports. Every API response
 * now has them, whatever answered: a route, the error handler, a 404.
 */
import { describe, expect, it } from 'vitest';
import { API_CSP, REPORT_HTML_CSP } from '../../../functions/http/security-headers';
import { canonicalSnapshot } from '../../support/snapshot';
import { postJson, testApp } from '../routes/route-support';

function expectSecure(res: Response, csp = API_CSP): void {
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toBe(csp);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers on every API response', () => {
  const app = testApp();
  const body = { workbooks: [canonicalSnapshot('a.xlsx')], asOf: '2025-06-30' };

  it('on JSON answers, with frame-ancestors none', async () => {
    const res = await postJson(app, '/api/validate', body);
    expect(res.status).toBe(200);
    expectSecure(res);
    expect(API_CSP).toContain("frame-ancestors 'none'");
  });

  it('on the HTML gap report: a CSP header (not only the <meta>) that allows its inline styles only', async () => {
    const res = await postJson(app, '/api/gap-report?format=html', body);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecure(res, REPORT_HTML_CSP);
    expect(REPORT_HTML_CSP).not.toMatch(/script-src/);
  });

  it('on xlsx reports, health, problems and unknown routes', async () => {
    const xlsx = await postJson(app, '/api/gap-report?format=xlsx', body);
    expect(xlsx.status).toBe(200);
    expectSecure(xlsx);
    expectSecure(await app.request('/api/health'));
    expectSecure(await postJson(app, '/api/validate', 'not json'));
    expectSecure(await app.request('/api/nope'));
  });
});
