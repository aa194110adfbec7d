/**
 * Test support: HTTP/1.1 spoken by hand over a socket, for what fetch will not send (lying
 * Content-Length, a request that never ends, bytes dribbled one at a time), and the answer parsed
 * from the raw bytes. Every exchange ends by `deadlineMs` at the latest (generous: a server that
 * never answers fails the test instead of hanging it).
 */
import { connect, type Socket } from 'node:net';
import { expect } from 'vitest';

export type RawAnswer = {
  /** Status of the first response on the connection, or null if none arrived. */
  readonly status: number | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** How the exchange ended: the server closed the connection, or our deadline passed. */
  readonly ended: 'closed' | 'deadline' | 'error';
  /** Everything the server sent, interim responses included. */
  readonly raw: string;
};

export function parseAnswer(raw: string, ended: RawAnswer['ended']): RawAnswer {
  const answers = raw.split(/(?=HTTP\/1\.1 \d{3})/).filter((a) => !a.startsWith('HTTP/1.1 100 '));
  const first = answers[0] ?? '';
  const [head, ...rest] = first.split('\r\n\r\n');
  const lines = head.split('\r\n');
  const status = /^HTTP\/1\.1 (\d{3})/.exec(lines[0] ?? '')?.[1];
  const headers: Record<string, string> = {};
  for (const l of lines.slice(1)) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).toLowerCase()] = l.slice(i + 1).trim();
  }
  const body = rest.join('\r\n\r\n');
  return { status: status ? Number(status) : null, headers, body, ended, raw };
}

/** Opens a connection, lets `drive` write to it, and collects what comes back. */
export function exchange(
  port: number,
  drive: (socket: Socket) => void,
  deadlineMs = 20_000,
): Promise<RawAnswer> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    let raw = '';
    let finished = false;
    const finish = (ended: RawAnswer['ended']) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      done(parseAnswer(raw, ended));
    };
    const timer = setTimeout(() => finish('deadline'), deadlineMs);
    socket.on('data', (d: Buffer) => (raw += d.toString('latin1')));
    socket.on('close', () => finish('closed'));
    socket.on('error', () => finish(raw ? 'closed' : 'error'));
    socket.on('connect', () => drive(socket));
  });
}

/** Writes `text` one character every `everyMs` until the socket closes. */
export function dribble(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || i >= text.length) return clearInterval(timer);
    socket.write(text[i++]);
  }, everyMs);
  socket.on('close', () => clearInterval(timer));
}

/** A problem+json answer of `status` and `kind`, with every security header of the API. */
export function expectGuarded(a: RawAnswer, status: number, kind: string): void {
  expect(a.status).toBe(status);
  expect(a.headers['content-type']).toBe('application/problem+json');
  expect(a.headers['x-content-type-options']).toBe('nosniff');
  expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(a.headers['referrer-policy']).toBe('no-referrer');
  expect(a.headers['cache-control']).toBe('no-store');
  expect(JSON.parse(a.body)).toMatchObject({ type: `urn:isms-workbook:problem:${kind}`, status });
}
