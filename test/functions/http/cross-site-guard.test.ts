/**
 * Issue #11 item 8 (CSRF): without CORS_ORIGINS a cross-site form POST was still processed. A
 * browser request from another site is now refused with 403 unless CORS_ORIGINS allows its
 * origin; same-origin pages and non-browser clients (no Origin, no Sec-Fetch-Site) pass.
 */
import { describe, expect, it } from 'vitest';
import { expectProblem, form, postForm, testApp, xlsxFixture } from '../routes/route-support';

const EVIL = 'https://evil.example';

async function post(headers: Record<string, string>, corsOrigins?: string[]) {
  const body = form([{ name: 'r.xlsx', bytes: await xlsxFixture() }]);
  return postForm(testApp({ corsOrigins }), 'http://localhost/api/validate', body, headers);
}

describe('the cross-site guard', () => {
  it('refuses a cross-site form post with 403 problem naming the origin', async () => {
    const res = await post({ origin: EVIL, 'sec-fetch-site': 'cross-site' });
    const p = await expectProblem(res, 403, 'forbidden');
    expect(p.detail).toContain(EVIL);
    expect(p.errors[0].field).toBe('header.origin');
  });

  it('refuses a foreign Origin from a browser that sends no Sec-Fetch-Site, and same-site pages', async () => {
    await expectProblem(await post({ origin: EVIL }), 403, 'forbidden');
    const sameSite = await post({ origin: 'http://localhost:3000', 'sec-fetch-site': 'same-site' });
    await expectProblem(sameSite, 403, 'forbidden');
  });

  it('lets through an origin CORS_ORIGINS allows', async () => {
    const res = await post({ origin: EVIL, 'sec-fetch-site': 'cross-site' }, [EVIL]);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(EVIL);
  });

  it('lets through same-origin pages (the task pane), typed URLs and non-browser clients', async () => {
    expect(
      (await post({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
    expect((await post({ 'sec-fetch-site': 'none' })).status).toBe(200);
    expect((await post({ origin: 'http://localhost' })).status).toBe(200);
    expect((await post({})).status).toBe(200);
  });

  it('leaves GET alone', async () => {
    const res = await testApp().request('/api/health', {
      headers: { origin: EVIL, 'sec-fetch-site': 'cross-site' },
    });
    expect(res.status).toBe(200);
  });
});
