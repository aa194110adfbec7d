/**
 * Hostile JSON bodies on every route that takes JSON (attacked; these held, kept as regressions):
 * 10k-deep nesting, a million tiny array items, huge numbers, duplicate keys, prototype keys, lone
 * surrogates and the wrong top-level type all end in a 200 or a 400 problem, never a 500, and no
 * object prototype is polluted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { WORKBOOK_ROUTES } from '../../../functions/app';
import { postJson, testApp } from '../routes/route-support';

const app = testApp();
const wb = (extra = '') => `{"name":"a.xlsx","sheets":[],"tables":[]${extra}}`;
const body = (workbooks: string, more = '') =>
  `{"workbooks":[${workbooks}],"previous":[${workbooks}]${more}}`;

const CASES: Record<string, string> = {
  'deep array': body(wb(`,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}`)),
  'deep object': body(wb(`,"x":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)),
  'deep workbooks': `{"workbooks":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
  'million items': body(wb(`,"x":[${'0,'.repeat(1_000_000)}0]`)),
  'huge number': body(wb(), ',"asOf":1e999999'),
  'duplicate keys': `{"workbooks":[${wb()}],"workbooks":[${wb()}],"previous":[${wb()}]}`,
  prototype: body(
    wb(',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}}'),
    ',"__proto__":{"polluted":3},"mapping":{"__proto__":{"polluted":4}}',
  ),
  'lone surrogates': body('{"name":"\\ud800x\\udfff","sheets":[],"tables":[]}'),
  string: '"workbooks"',
  null: 'null',
  array: '[]',
  number: '1',
};

afterAll(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe.each(WORKBOOK_ROUTES.map((p) => `/api${p}`))('%s', (path) => {
  it.each(Object.keys(CASES))('%s → 200 or 400, never a 500', async (name) => {
    const res = await postJson(app, `${path}?asOf=2025-06-30`, CASES[name]);
    expect([200, 400]).toContain(res.status);
    if (res.status === 400)
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    await res.arrayBuffer();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
