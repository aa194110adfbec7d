/**
 * The local server attacked at the connection level, as a tester would (127.0.0.1 only): slow
 * clients (slowloris on headers and body), lying Content-Length, chunked bodies that never end,
 * idle connections held open. Each must end in a bounded answer (408 problem+json with the
 * security headers) or a closed connection, and health must keep answering. Short connection timeouts here (the defaults
 * are 20 s and 120 s); no timed assertion: each exchange only has a generous deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/server/local';
import {
  loopbackServer,
  rawPost as post,
  SHORT_TIMEOUTS,
} from '../functions/server/loopback-server';
import { dribble, exchange, expectGuarded } from '../functions/server/raw-http';

let server: LocalServer;
beforeAll(async () => {
  server = await loopbackServer({ pool: false, timeouts: SHORT_TIMEOUTS });
});
afterAll(() => server.close());

const send = (text: string | Buffer) => exchange(server.port, (s) => s.write(text));

async function healthy(): Promise<void> {
  const res = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
  expect(res.status).toBe(200);
}

describe('slow and lying clients are cut off with a 408, health answers meanwhile', () => {
  it('headers sent one byte at a time (slowloris)', async () => {
    const slow = exchange(server.port, (s) => dribble(s, post(`X-Pad: ${'a'.repeat(500)}`), 20));
    await healthy();
    const a = await slow;
    expect(a.ended).toBe('closed');
    expectGuarded(a, 408, 'request-timeout');
  });

  it('a body sent one byte at a time', async () => {
    const slow = exchange(server.port, (s) => {
      s.write(post('Content-Length: 5000\r\n\r\n'));
      dribble(s, '{"workbooks":'.padEnd(5000, ' '), 20);
    });
    await healthy();
    const a = await slow;
    expect(a.ended).toBe('closed');
    expect(a.status).toBe(408);
  });

  it('a Content-Length larger than the body sent', async () => {
    const a = await send(post('Content-Length: 1000\r\n\r\n{"workbooks":[]}'));
    expect(a.ended).toBe('closed');
    expect(a.status).toBe(408);
  });

  it('a chunked body that never ends', async () => {
    const a = await exchange(server.port, (s) => {
      s.write(post('Transfer-Encoding: chunked\r\n\r\n'));
      s.write('5\r\n{"wor\r\n');
    });
    expect(a.ended).toBe('closed');
    expect(a.status).toBe(408);
  });
});

describe('idle connections', () => {
  it('300 held open idle do not stop health, and are closed by the server', async () => {
    const idle = Array.from({ length: 300 }, () => exchange(server.port, () => undefined));
    await healthy();
    const ended = await Promise.all(idle);
    expect(ended.every((a) => a.ended === 'closed')).toBe(true);
  });
});
