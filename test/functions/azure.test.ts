import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  HttpRequest,
  InvocationContext,
  app as functionsApp,
  type HttpFunctionOptions,
  type HttpResponseInit,
} from '@azure/functions';
import { writeCanonicalWorkbook } from '../../functions/xlsx/write-workbook';

type Handler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

let handler: Handler;
let registered: { name: string; options: HttpFunctionOptions } | null = null;

beforeAll(async () => {
  // Capture the registration: outside the Functions runtime app.http would only warn.
  vi.spyOn(functionsApp, 'http').mockImplementation((name, options) => {
    registered = { name, options };
  });
  handler = (await import('../../functions/azure')).handler;
});

function context(): InvocationContext {
  return new InvocationContext({
    invocationId: 'test',
    functionName: 'api',
    logHandler: () => undefined,
  });
}

/** A multipart body serialised the way a client sends it, with its boundary header. */
async function multipart(fd: FormData): Promise<{ bytes: Uint8Array; contentType: string }> {
  const req = new Request('http://localhost/', { method: 'POST', body: fd });
  return {
    bytes: new Uint8Array(await req.arrayBuffer()),
    contentType: req.headers.get('content-type')!,
  };
}

function bodyBytes(res: HttpResponseInit): Uint8Array {
  expect(res.body).toBeInstanceOf(Uint8Array);
  return res.body as Uint8Array;
}

const header = (res: HttpResponseInit, name: string) =>
  (res.headers as Record<string, string>)[name];

describe('Azure Functions host', () => {
  it('registers one catch-all HTTP function with function-level auth', () => {
    expect(registered?.name).toBe('api');
    expect(registered?.options).toMatchObject({ route: '{*proxy}', authLevel: 'function' });
    expect(registered?.options.methods).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(registered?.options.handler).toBe(handler);
  });

  it('answers GET /api/health through the hono app', async () => {
    const res = await handler(
      new HttpRequest({ method: 'GET', url: 'https://isms.example.net/api/health?code=key' }),
      context(),
    );
    expect(res.status).toBe(200);
    expect(header(res, 'content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(new TextDecoder().decode(bodyBytes(res))).status).toBe('ok');
  });

  it('passes a multipart xlsx upload through to /api/validate', async () => {
    const xlsx = await writeCanonicalWorkbook({});
    const fd = new FormData();
    fd.append('files', new Blob([xlsx.slice().buffer as ArrayBuffer]), 'register.xlsx');
    const { bytes, contentType } = await multipart(fd);
    const req = new HttpRequest({
      method: 'POST',
      url: 'https://isms.example.net/api/validate?asOf=2025-06-30',
      headers: { 'content-type': contentType },
      body: { bytes },
    });
    const res = await handler(req, context());
    expect(res.status).toBe(200);
    const json = JSON.parse(new TextDecoder().decode(bodyBytes(res)));
    expect(json.asOf).toBe('2025-06-30');
    expect(json.workbooks[0].name).toBe('register.xlsx');
  });

  it('returns the gap report xlsx as unaltered binary bytes', async () => {
    const xlsx = await writeCanonicalWorkbook({});
    const fd = new FormData();
    fd.append('files', new Blob([xlsx.slice().buffer as ArrayBuffer]), 'isms.xlsx');
    const { bytes, contentType } = await multipart(fd);
    const req = new HttpRequest({
      method: 'POST',
      url: 'https://isms.example.net/api/gap-report?format=xlsx&asOf=2025-06-30',
      headers: { 'content-type': contentType },
      body: { bytes },
    });
    const res = await handler(req, context());
    expect(res.status).toBe(200);
    expect(header(res, 'content-disposition')).toBe(
      'attachment; filename="gap-report-2025-06-30.xlsx"',
    );
    const out = bodyBytes(res);
    expect([...out.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    // The zip's end-of-central-directory record is intact: no byte was text-decoded on the way.
    const tail = out.subarray(out.length - 22);
    expect([...tail.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x05, 0x06]);
  });

  it('renders errors as problem+json through the adapter', async () => {
    const req = new HttpRequest({
      method: 'POST',
      url: 'https://isms.example.net/api/validate',
      headers: { 'content-type': 'text/plain' },
      body: { string: 'hello' },
    });
    const res = await handler(req, context());
    expect(res.status).toBe(415);
    expect(header(res, 'content-type')).toBe('application/problem+json');
    expect(JSON.parse(new TextDecoder().decode(bodyBytes(res))).instance).toBe('/api/validate');
  });

  it('answers 404 problem+json for a path outside the API', async () => {
    const res = await handler(
      new HttpRequest({ method: 'GET', url: 'https://isms.example.net/nothing' }),
      context(),
    );
    expect(res.status).toBe(404);
  });
});
