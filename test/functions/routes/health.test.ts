import { describe, expect, it } from 'vitest';
import { testApp } from './route-support';

describe('GET /api/health', () => {
  it('answers ok with the upload limits', async () => {
    const res = await testApp().request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      status: 'ok',
      limits: { maxFileBytes: 20 * 1024 * 1024, maxFiles: 10, maxTotalBytes: 50 * 1024 * 1024 },
    });
  });

  it('answers 404 problem+json for POST (health is GET only)', async () => {
    const res = await testApp().request('/api/health', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
