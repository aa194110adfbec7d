/**
 * The worker pool answers every export format, not only JSON: the xlsx and pptx writers are
 * loaded on demand (dynamic import) inside the worker thread, which must resolve them as the main
 * thread does. Before: every xlsx/pptx report through `npm start` was a 500 (ERR_MODULE_NOT_FOUND
 * in the worker).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../../functions/server/local';
import { loopbackServer } from './loopback-server';

const CSV =
  'Risk ID,Description,Risk Owner,Likelihood,Impact,Treatment\nR-1,Phishing,Bob,4,3,Modify\n';

let server: LocalServer;
beforeAll(async () => {
  server = await loopbackServer({ pool: { threads: 1 } });
});
afterAll(() => server.close());

function post(path: string): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([CSV], { type: 'text/csv' }), 'r.csv');
  return fetch(`${server.url}${path}`, { method: 'POST', body: form });
}

describe('exports through the worker pool', () => {
  it.each([
    ['gap-report', 'xlsx'],
    ['review-pack', 'xlsx'],
    ['review-pack', 'pptx'],
    ['treatment-plan', 'xlsx'],
    ['soa-report', 'xlsx'],
  ])('%s as %s is a zip package, not a 500', async (kind, format) => {
    const res = await post(`/api/${kind}?format=${format}&asOf=2025-06-30`);
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});
