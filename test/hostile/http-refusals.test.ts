/**
 * The local server's refusals before any route, attacked over raw sockets (127.0.0.1 only): what
 * Node's parser rejects (a 64 KB URL, a garbage request line, a backslash path, odd Expect),
 * TRACE, Host header games against DNS rebinding, compressed bodies. Each is a problem+json
 * answer with the security headers.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalServer } from '../../functions/server/local';
import {
  loopbackServer,
  rawPost as post,
  SHORT_TIMEOUTS,
} from '../functions/server/loopback-server';
import { exchange, expectGuarded } from '../functions/server/raw-http';

let server: LocalServer;
beforeAll(async () => {
  server = await loopbackServer({ pool: false, timeouts: SHORT_TIMEOUTS });
});
afterAll(() => server.close());

const send = (text: string | Buffer) => exchange(server.port, (s) => s.write(text));

describe('what Node refuses before any route still carries the security headers', () => {
  it('a 64 KB URL → 431', async () => {
    expectGuarded(
      await send(`GET /api/health?${'a'.repeat(65_536)} HTTP/1.1\r\nHost: localhost\r\n\r\n`),
      431,
      'headers-too-large',
    );
  });

  it('a garbage request line → 400', async () => {
    expectGuarded(await send('HELLO THERE\r\n\r\n'), 400, 'bad-request');
  });

  it('a backslash path → 400, no file read', async () => {
    const a = await send(
      'GET /\\..\\..\\etc\\passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    expect(a.body).not.toContain('root:');
    expectGuarded(a, 400, 'bad-request');
  });

  it('Expect other than 100-continue → 417', async () => {
    const a = await send(
      post('Content-Length: 2\r\nExpect: 200-ok\r\nConnection: close\r\n\r\n{}'),
    );
    expectGuarded(a, 417, 'expectation-failed');
  });

  it.each([
    ['/api/validate', 'POST'],
    ['/api/health', 'GET, HEAD'],
  ])('TRACE %s → 405 Allow %s, nothing echoed', async (path, allow) => {
    const a = await send(
      `TRACE ${path} HTTP/1.1\r\nHost: localhost\r\nX-Secret: s3cr3t\r\nConnection: close\r\n\r\n`,
    );
    expectGuarded(a, 405, 'method-not-allowed');
    expect(a.headers.allow).toBe(allow);
    expect(a.body).not.toContain('s3cr3t');
  });

  it('Expect: 100-continue over the body limit → 413 at once, no 100 Continue', async () => {
    const a = await send(post('Content-Length: 999999999\r\nExpect: 100-continue\r\n\r\n'));
    expect(a.raw).not.toContain('100 Continue');
    expect(a.ended).toBe('closed');
    expectGuarded(a, 413, 'payload-too-large');
  });

  it('Expect: 100-continue within the limit → 100, then the answer', async () => {
    const a = await exchange(server.port, (s) => {
      s.write(post('Content-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n'));
      s.once('data', () => s.write('{}'));
    });
    expect(a.raw).toMatch(/^HTTP\/1\.1 100 Continue/);
    expectGuarded(a, 400, 'validation-failed');
  });

  it('1,000 small headers are fine', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `X-H${i}: v\r\n`).join('');
    const a = await send(
      `GET /api/health HTTP/1.1\r\nHost: localhost\r\n${many}Connection: close\r\n\r\n`,
    );
    expect(a.status).toBe(200);
  });
});

describe('Host header games (DNS rebinding)', () => {
  const asHost = (host: string, extra = '') =>
    send(`GET /api/health HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);

  it.each(['localhost', 'localhost.', '127.0.0.1', '[::1]'])(
    '%s:port is this machine',
    async (h) => {
      expect((await asHost(`${h}:${server.port}`)).status).toBe(200);
    },
  );

  it.each(['evil.example', 'localhost.evil.example', '127.0.0.1.nip.io'])(
    '%j is refused with 421',
    async (h) => {
      expectGuarded(await asHost(`${h}:${server.port}`), 421, 'misdirected-request');
    },
  );

  it('an absolute-form target naming another host is refused too', async () => {
    const a = await send(
      'GET http://evil.example/api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n',
    );
    expectGuarded(a, 421, 'misdirected-request');
  });

  it('an empty Host is a 400', async () => {
    expectGuarded(await asHost(''), 400, 'bad-request');
  });

  it('a rebound page posting same-origin is refused before its body is read', async () => {
    const host = `evil.example:${server.port}`;
    const a = await send(
      `POST /api/validate HTTP/1.1\r\nHost: ${host}\r\nOrigin: http://${host}\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
    );
    expectGuarded(a, 421, 'misdirected-request');
  });
});

describe('compressed bodies are refused, never inflated', () => {
  it.each(['gzip', 'deflate', 'br', 'GZIP, identity'])(
    'Content-Encoding: %s → 415',
    async (enc) => {
      const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 32));
      const res = await fetch(`${server.url}/api/validate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': enc },
        body: bomb,
      });
      expect(res.status).toBe(415);
      expect(res.headers.get('accept-encoding')).toBe('identity');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    },
  );
});
