/**
 * Test support for the route tests: an app on a fixed clock, xlsx fixtures written by the
 * template writer, request builders, and a problem+json assertion.
 */
import { expect } from 'vitest';
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../../../functions/app';
import {
  writeCanonicalWorkbook,
  type WriteWorkbookInput,
} from '../../../functions/xlsx/write-workbook';

/** 2025-06-30 noon local time: "today" for the default asOf. */
export const TODAY = '2025-06-30';

export function testApp(options: AppOptions = {}): Hono {
  return createApp({ now: () => new Date(2025, 5, 30, 12), log: () => undefined, ...options });
}

const cache = new Map<string, Promise<Uint8Array>>();

/** A canonical workbook written by the template writer (cached per input). */
export function xlsxFixture(input: WriteWorkbookInput = {}): Promise<Uint8Array> {
  const key = JSON.stringify(input);
  if (!cache.has(key)) cache.set(key, writeCanonicalWorkbook(input));
  return cache.get(key)!;
}

export type Part = {
  readonly name: string;
  readonly bytes: Uint8Array | string;
  readonly type?: string;
  readonly field?: string;
};

export function form(parts: readonly Part[], fields: Record<string, string> = {}): FormData {
  const fd = new FormData();
  for (const p of parts) {
    const data = typeof p.bytes === 'string' ? p.bytes : (p.bytes.slice().buffer as ArrayBuffer);
    fd.append(p.field ?? 'files', new Blob([data], { type: p.type ?? '' }), p.name);
  }
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

export function postForm(
  app: Hono,
  path: string,
  body: FormData,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', body, headers }));
}

export function postJson(
  app: Hono,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    }),
  );
}

export type ProblemJson = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors: { detail: string; file?: string; field?: string; pointer?: string; reason?: string }[];
};

/** Asserts an RFC 9457 response of the given status and kind and returns its body. */
export async function expectProblem(
  res: Response,
  status: number,
  kind: string,
): Promise<ProblemJson> {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  const body = (await res.json()) as ProblemJson;
  expect({ status: res.status, type: body.type, bodyStatus: body.status }).toEqual({
    status,
    type: `urn:isms-workbook:problem:${kind}`,
    bodyStatus: status,
  });
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .+\.(ts|js):\d+/);
  return body;
}
