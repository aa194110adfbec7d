/**
 * The worker pool under abuse, on 127.0.0.1: a burst of uploads beyond its queue gets 503 with
 * Retry-After (never a reset connection), refused bodies are not buffered first, clients that
 * vanish mid-upload or mid-response leave no worker behind, a request over its time budget frees
 * its worker — each checked by what answers afterwards, never by a clock.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalServer, LocalServerOptions } from '../../functions/server/local';
import { loopbackServer } from '../functions/server/loopback-server';

const servers: LocalServer[] = [];
async function server(pool: LocalServerOptions['pool']): Promise<LocalServer> {
  const s = await loopbackServer({ pool });
  servers.push(s);
  return s;
}
afterAll(() => Promise.all(servers.map((s) => s.close())));

function csv(rows: number): string {
  const lines = ['Risk ID,Description,Risk Owner,Likelihood,Impact,Treatment'];
  for (let i = 1; i <= rows; i++)
    lines.push(`R-${i},Phishing of staff ${i},,${(i % 5) + 1},3,Modify`);
  return `${lines.join('\n')}\n`;
}

async function upload(s: LocalServer, text: string, signal?: AbortSignal): Promise<string> {
  const form = new FormData();
  form.append('files', new Blob([text], { type: 'text/csv' }), 'r.csv');
  try {
    const res = await fetch(`${s.url}/api/validate?asOf=2025-06-30`, {
      method: 'POST',
      body: form,
      signal: signal ?? AbortSignal.timeout(60_000),
    });
    await res.arrayBuffer();
    return res.status === 503
      ? `503 retry-after ${res.headers.get('retry-after')}`
      : `${res.status}`;
  } catch (err) {
    return `error ${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name}`;
  }
}

const small = csv(5);
const halfMb = csv(14_000);

describe('a full queue', () => {
  it('answers every upload of a burst with 200 or 503 Retry-After, then serves again', async () => {
    const s = await server({
      threads: 1,
      largeBodyBytes: 64 * 1024,
      maxQueue: { small: 1, large: 1 },
    });
    const burst = await Promise.all(Array.from({ length: 10 }, () => upload(s, halfMb)));
    expect(burst.filter((r) => r !== '200' && r !== '503 retry-after 5')).toEqual([]);
    expect(burst).toContain('503 retry-after 5');
    const after = await Promise.all(Array.from({ length: 2 }, () => upload(s, small)));
    expect(after).toEqual(['200', '200']);
  });
});

describe('clients that go away', () => {
  it('mid-upload and mid-check leave the pool whole: a following burst all succeeds', async () => {
    const s = await server({ threads: 1, maxQueue: { small: 2, large: 2 } });
    const gone = Array.from({ length: 8 }, (_, i) => {
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 20 + i * 25);
      return upload(s, halfMb, ac.signal);
    });
    // Eight at once on a lane of three places: those arriving while three are still held get the
    // lane's 503 with Retry-After before they are aborted (how many depends on when the aborts
    // land), never a 500 or a hang.
    const ends = await Promise.all(gone);
    const ok = (r: string) =>
      r.startsWith('error') || r === '200' || r.startsWith('503 retry-after');
    expect(ends.filter((r) => !ok(r))).toEqual([]);
    // A client's abort reaches the server when its connection's close is read: give it a moment
    // (a settle, not a timed assertion), then a burst of the lane's whole capacity (one running,
    // two queued) must all succeed.
    await new Promise((r) => setTimeout(r, 1000));
    const burst = await Promise.all(Array.from({ length: 3 }, () => upload(s, small)));
    expect(burst).toEqual(['200', '200', '200']);
  });
});

describe('the time budget', () => {
  it('frees the worker it stops: the next requests succeed on a one-worker pool', async () => {
    // One lane, one worker: the requests after the 504 can only run on the worker that replaced it.
    const s = await server({ threads: 1, largeBodyBytes: 1 << 30, timeBudgetMs: 300 });
    expect(await upload(s, csv(150_000))).toBe('504');
    expect(await Promise.all([upload(s, small), upload(s, small)])).toEqual(['200', '200']);
  });
});
