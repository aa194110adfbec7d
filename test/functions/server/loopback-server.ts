/**
 * Test support: the local server on 127.0.0.1 at a free port, serving an empty task-pane folder,
 * for the tests that attack or exercise it over real sockets. `SHORT_TIMEOUTS` stands in for the
 * 20 s / 120 s connection defaults so the slow-client cases end quickly.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startLocalServer,
  type LocalServer,
  type LocalServerOptions,
} from '../../../functions/server/local';

export const SHORT_TIMEOUTS = {
  headersTimeoutMs: 400,
  requestTimeoutMs: 800,
  checkIntervalMs: 100,
  idleTimeoutMs: 1500,
} as const;

export function loopbackServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const addinDir = mkdtempSync(join(tmpdir(), 'addin-'));
  return startLocalServer({ port: 0, hostname: '127.0.0.1', addinDir, ...options });
}

/** The head of a JSON POST to /api/validate; `head` adds header lines (and the blank line). */
export const rawPost = (head: string) =>
  `POST /api/validate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n${head}`;
