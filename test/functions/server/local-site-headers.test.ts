/**
 * The task pane's pages carry nosniff, Referrer-Policy and a CSP header whose frame-ancestors
 * lets Office on the web frame the pane (and no one else); the API keeps its stricter policy.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../functions/app';
import { API_CSP } from '../../../functions/http/security-headers';
import { createLocalSite, TASK_PANE_CSP } from '../../../functions/server/local-site';

describe('local site headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'addin-'));
  writeFileSync(join(dir, 'taskpane.html'), '<p>pane</p>');
  const site = createLocalSite(createApp(), dir);

  it('lets Office hosts frame the task pane page', async () => {
    const res = await site.request('/taskpane.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toBe(TASK_PANE_CSP);
    expect(csp).toMatch(/frame-ancestors 'self' [^;]*https:\/\/\*\.officeapps\.live\.com/);
    expect(csp).toContain('https://*.office.com');
    expect(csp).not.toContain('*;');
  });

  it('keeps the API policy on /api answers', async () => {
    const res = await site.request('/api/health');
    expect(res.headers.get('content-security-policy')).toBe(API_CSP);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
