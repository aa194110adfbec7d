import { describe, expect, it } from 'vitest';
import { testApp } from './route-support';

type Doc = {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, unknown> };
        responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
      }
    >
  >;
  components: {
    schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
  };
};

async function doc(): Promise<Doc> {
  const res = await testApp().request('/api/openapi.json');
  return (await res.json()) as Doc;
}

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route', async () => {
    const d = await doc();
    expect(d.openapi).toBe('3.1.0');
    expect(Object.keys(d.paths).sort()).toEqual([
      '/api/check',
      '/api/gap-report',
      '/api/health',
      '/api/import',
      '/api/openapi.json',
      '/api/readiness',
      '/api/review-pack',
      '/api/soa-report',
      '/api/template',
      '/api/treatment-plan',
      '/api/validate',
    ]);
  });

  it('describes multipart and JSON request bodies and problem+json errors for each workbook route', async () => {
    const d = await doc();
    for (const path of ['/api/validate', '/api/check', '/api/gap-report', '/api/readiness']) {
      const op = d.paths[path].post;
      expect(Object.keys(op.requestBody!.content).sort()).toEqual([
        'application/json',
        'multipart/form-data',
      ]);
      for (const status of ['400', '413', '415', '422', '500']) {
        expect(op.responses[status].content!['application/problem+json'].schema!.$ref).toBe(
          '#/components/schemas/Problem',
        );
      }
    }
  });

  it('generates the request schema from the zod schema, with cells string|number|boolean|null', async () => {
    const d = await doc();
    const body = d.components.schemas.WorkbooksBody;
    expect(body.required).toEqual(['workbooks']);
    const text = JSON.stringify(d.components.schemas.WorkbookSnapshot);
    for (const t of ['"string"', '"number"', '"boolean"', '"null"']) expect(text).toContain(t);
    expect(d.components.schemas.Finding.required?.sort()).toEqual([
      'cell',
      'message',
      'row',
      'rule',
      'severity',
      'sheet',
      'workbook',
    ]);
  });

  it('lists each report kind with exactly the formats of the report catalogue', async () => {
    const d = await doc();
    const types = (path: string) =>
      Object.keys(d.paths[path].post.responses['200'].content!).sort();
    expect(types('/api/review-pack')).toEqual([
      'application/json',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/html',
    ]);
    expect(types('/api/treatment-plan')).toEqual([...types('/api/gap-report'), 'text/csv'].sort());
    expect(JSON.stringify(d.paths['/api/soa-report'].post)).toContain(
      '"enum":["xlsx","html","json"]',
    );
  });

  it('lists the three gap-report formats', async () => {
    const d = await doc();
    const content = d.paths['/api/gap-report'].post.responses['200'].content!;
    expect(Object.keys(content).sort()).toEqual([
      'application/json',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'text/html',
    ]);
  });
});
