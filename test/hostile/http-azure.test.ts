/**
 * The Azure Functions entry attacked as the local server is: its adapter hands the body on as a
 * stream (the app's 413 applies before anything is buffered), and every answer — the app's and
 * the adapter's own — carries the security headers. Called in-process with HttpRequest objects,
 * as the Functions runtime would.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  HttpRequest,
  InvocationContext,
  app as functionsApp,
  type HttpResponseInit,
} from '@azure/functions';
import { gzipSync } from 'node:zlib';

type Handler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;
let handler: Handler;

beforeAll(async () => {
  vi.spyOn(functionsApp, 'http').mockImplementation(() => undefined);
  handler = (await import('../../functions/azure')).handler;
});

const context = () =>
  new InvocationContext({ invocationId: 't', functionName: 'api', logHandler: () => undefined });
const url = (path: string) => `https://isms.example.net${path}?code=key`;
const headers = (res: HttpResponseInit) => res.headers as Record<string, string>;

function call(
  method: string,
  path: string,
  init: { headers?: Record<string, string>; body?: Uint8Array | string } = {},
) {
  const body =
    typeof init.body === 'string' ? { string: init.body } : init.body && { bytes: init.body };
  return handler(
    new HttpRequest({ method, url: url(path), headers: init.headers, body }),
    context(),
  );
}

function expectSecured(res: HttpResponseInit, status: number): void {
  expect(res.status).toBe(status);
  const h = headers(res);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['cache-control']).toBe('no-store');
}

describe('Azure entry under attack', () => {
  it('refuses a 60 MB body with 413', async () => {
    const big = new Uint8Array(60 * 1024 * 1024).fill(32);
    const res = await call('POST', '/api/validate', {
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expectSecured(res, 413);
  });

  it('refuses a gzip bomb with 415 instead of parsing it', async () => {
    const res = await call('POST', '/api/validate', {
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)),
    });
    expectSecured(res, 415);
    expect(headers(res)['accept-encoding']).toBe('identity');
  });

  it('answers OPTIONS with 204 Allow and an unknown path with 404, both secured', async () => {
    const options = await call('OPTIONS', '/api/gap-report');
    expectSecured(options, 204);
    expect(headers(options).allow).toBe('POST, OPTIONS');
    expectSecured(await call('GET', '/api/../../etc/passwd'), 404);
  });

  it('names an import download safely whatever the snapshot name', async () => {
    const sheet = { name: 'S', origin: { row: 1, col: 1 }, rows: [['Risk ID'], ['R-1']] };
    const res = await call('POST', '/api/import', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        workbooks: [{ name: '..\\\ud800\u202Ex.csv', sheets: [sheet], tables: [] }],
      }),
    });
    expectSecured(res, 200);
    expect(headers(res)['content-disposition']).toMatch(
      /^attachment; filename="_x \(canonical\)\.xlsx"/,
    );
  });

  it('refuses a cross-site form post with no Origin but Sec-Fetch-Site: cross-site', async () => {
    const res = await call('POST', '/api/validate', {
      headers: { 'content-type': 'text/plain', 'sec-fetch-site': 'cross-site' },
      body: 'files=x',
    });
    expectSecured(res, 403);
  });
});
