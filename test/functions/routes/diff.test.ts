import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';
import { form, postForm, postJson, testApp, xlsxFixture } from './route-support';

type DiffBody = {
  identical: boolean;
  asOf: string;
  items: { area: string; kind: string; id: string }[];
};

describe('POST /api/diff', () => {
  const app = testApp();
  const before = canonicalSnapshot('2024.xlsx', { risks: [cleanRisk('R-1')] });
  const after = canonicalSnapshot('2025.xlsx', {
    risks: [cleanRisk('R-1'), cleanRisk('R-2', { Description: '<img src=x onerror=alert(1)>' })],
  });

  it('diffs JSON snapshots: identical for one workbook against itself', async () => {
    const res = await postJson(app, '/api/diff', { previous: [before], current: [before] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as DiffBody;
    expect(body).toMatchObject({ identical: true, items: [], asOf: '2025-06-30' });
  });

  it('lists the changes, and renders them as escaped HTML or xlsx', async () => {
    const body = { previous: [before], current: [after], asOf: '2025-06-30' };
    const json = (await (await postJson(app, '/api/diff', body)).json()) as DiffBody;
    expect(json.items.filter((i) => i.area === 'risk')).toEqual([
      { area: 'risk', kind: 'added', id: 'R-2', field: null, before: null, after: null },
    ]);
    const html = await postJson(app, '/api/diff?format=html', body);
    expect(html.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await html.text()).not.toContain('<img');
    const xlsx = await postJson(app, '/api/diff?format=xlsx', body);
    expect(xlsx.headers.get('content-disposition')).toBe(
      'attachment; filename="diff-2025-06-30.xlsx"',
    );
    expect(new Uint8Array(await xlsx.arrayBuffer()).slice(0, 2)).toEqual(
      new Uint8Array([0x50, 0x4b]),
    );
  });

  it('takes multipart uploads under "previous" and "current"', async () => {
    const bytes = await xlsxFixture();
    const res = await postForm(
      app,
      '/api/diff',
      form([
        { name: 'old.xlsx', bytes, field: 'previous' },
        { name: 'new.xlsx', bytes, field: 'current' },
      ]),
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as DiffBody).identical).toBe(true);
  });

  it('refuses a request without both sides, a bad date or a bad body with problem+json', async () => {
    const cases: [Promise<Response>, number][] = [
      [postJson(app, '/api/diff', { previous: [before] }), 400],
      [
        postJson(app, '/api/diff', { previous: [before], current: [after], asOf: '2025-02-30' }),
        400,
      ],
      [
        postForm(
          app,
          '/api/diff',
          form([{ name: 'a.xlsx', bytes: await xlsxFixture(), field: 'previous' }]),
        ),
        400,
      ],
      [
        postForm(
          app,
          '/api/diff',
          form([
            { name: 'a.xlsx', bytes: 'not a workbook', field: 'previous' },
            { name: 'b.xlsx', bytes: 'x', field: 'current' },
          ]),
        ),
        422,
      ],
      [
        Promise.resolve(
          app.request('/api/diff', {
            method: 'POST',
            body: 'x',
            headers: { 'content-type': 'text/plain' },
          }),
        ),
        415,
      ],
    ];
    for (const [res, status] of cases) {
      const r = await res;
      expect(r.status).toBe(status);
      expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await app.request('/api/diff')).status).toBe(405);
    const small = testApp({ limits: { maxFiles: 1 } });
    const bytes = await xlsxFixture();
    const two = form([
      { name: 'a.xlsx', bytes, field: 'previous' },
      { name: 'b.xlsx', bytes, field: 'previous' },
      { name: 'c.xlsx', bytes, field: 'current' },
    ]);
    const tooMany = await postForm(small, '/api/diff', two);
    expect(tooMany.status).toBe(413);
    expect(((await tooMany.json()) as { title: string }).title).toBeTruthy();
  });
});
