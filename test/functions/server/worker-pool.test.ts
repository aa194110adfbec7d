/**
 * Issue #11 item 9: one thread did everything, so one big upload stalled /api/health and every
 * other request. The local server now runs workbook requests on a worker pool with a time budget
 * and cancellation. Real servers on 127.0.0.1, started here; no timed assertions (only the order
 * in which answers arrive, and statuses).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  startLocalServer,
  type LocalServer,
  type LocalServerOptions,
} from '../../../functions/server/local';

const addinDir = mkdtempSync(join(tmpdir(), 'addin-'));

/** A CSV register of `n` risks without an owner: seconds of reading and assessing, many findings. */
function bigCsv(n: number): string {
  const lines = ['Risk ID,Description,Risk Owner,Likelihood,Impact,Treatment'];
  for (let i = 1; i <= n; i++) lines.push(`R-${i},Phishing of staff ${i},,${(i % 5) + 1},3,Modify`);
  return `${lines.join('\n')}\n`;
}

function upload(url: string, name: string, text: string): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([text], { type: 'text/csv' }), name);
  return fetch(`${url}/api/validate?asOf=2025-06-30`, { method: 'POST', body: form });
}

const servers: LocalServer[] = [];
async function server(pool: LocalServerOptions['pool']) {
  const s = await startLocalServer({ port: 0, hostname: '127.0.0.1', addinDir, pool });
  servers.push(s);
  return s;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('the local server worker pool', () => {
  const big = bigCsv(60_000);
  const huge = bigCsv(100_000);
  const mid = bigCsv(20_000);

  it('answers /api/health while a big upload is being checked, and the upload still completes', async () => {
    const s = await server({ threads: 2 });
    const order: string[] = [];
    const heavy = upload(s.url, 'huge.csv', huge).then(async (r) => {
      order.push('upload');
      return r;
    });
    // Let the upload reach its worker before asking for health.
    await new Promise((r) => setTimeout(r, 300));
    const health = await fetch(`${s.url}/api/health`);
    order.push('health');
    expect(health.status).toBe(200);
    const res = await heavy;
    expect(order).toEqual(['health', 'upload']);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { workbooks: { name: string }[] };
    expect(body.workbooks.map((w) => w.name)).toEqual(['huge.csv']);
  });

  it('gives the same answer as the in-thread app', async () => {
    const s = await server({ threads: 1 });
    const inThread = await server(false);
    const csv = bigCsv(20);
    const [a, b] = await Promise.all([
      upload(s.url, 'r.csv', csv),
      upload(inThread.url, 'r.csv', csv),
    ]);
    expect(await a.json()).toEqual(await b.json());
  });

  it('stops a request over its time budget with a 504 problem, and keeps serving', async () => {
    const s = await server({ threads: 1, timeBudgetMs: 100 });
    const res = await upload(s.url, 'big.csv', big);
    expect(res.status).toBe(504);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const p = (await res.json()) as { type: string; title: string; detail: string };
    expect(p.type).toBe('urn:isms-workbook:problem:time-budget-exceeded');
    expect(p.title).toBe('Request took too long and was stopped');
    expect(p.detail).toMatch(/took longer than 0 s|took longer than/);
    const after = await fetch(`${s.url}/api/health`);
    expect(after.status).toBe(200);
  });

  it('answers 503 with Retry-After when its queue is full', async () => {
    const s = await server({ threads: 1, maxQueue: { small: 1, large: 1 } });
    expect((await upload(s.url, 'warm.csv', bigCsv(10))).status).toBe(200);
    // One running, one queued: at least two of four find the queue full.
    const answers = await Promise.all([1, 2, 3, 4].map(() => upload(s.url, 'mid.csv', mid)));
    const statuses = answers.map((r) => r.status).sort();
    expect(statuses.filter((st) => st === 503).length).toBeGreaterThanOrEqual(1);
    const busy = answers.find((r) => r.status === 503)!;
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(((await busy.json()) as { type: string }).type).toBe(
      'urn:isms-workbook:problem:server-busy',
    );
    expect(statuses.every((st) => st === 200 || st === 503)).toBe(true);
  });
});
