import { describe, expect, it } from 'vitest';
import { makeApiClient } from '../../../addin/api/client';
import type { WorkbookSnapshot } from '../../../shared/grid/grid';

const snap = (name: string): WorkbookSnapshot => ({ name, sheets: [], tables: [] });

describe('ApiClient.diff', () => {
  it('posts both cycles and the as-of date as JSON to /diff', async () => {
    const calls: { url: string; init?: RequestInit }[] = [];
    const api = makeApiClient('https://host/api/', async (url, init) => {
      calls.push({ url, init });
      return new Response(JSON.stringify({ identical: true, items: [] }), {
        headers: { 'content-type': 'application/json' },
      });
    });
    const d = await api.diff([snap('old.xlsx')], [snap('new.xlsx')], '2025-06-30');
    expect(d).toEqual({ identical: true, items: [] });
    expect(calls[0].url).toBe('https://host/api/diff');
    expect(calls[0].init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({
      previous: [snap('old.xlsx')],
      current: [snap('new.xlsx')],
      asOf: '2025-06-30',
    });
  });

  it('turns a problem+json answer into an error with its title', async () => {
    const api = makeApiClient('/api', async () =>
      Response.json({ title: 'Bad request', detail: 'asOf must be a date' }, { status: 400 }),
    );
    await expect(api.diff([snap('a')], [snap('b')], 'x')).rejects.toThrow(
      'Bad request — asOf must be a date',
    );
  });
});
