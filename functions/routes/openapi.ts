/** GET /api/openapi.json: the OpenAPI 3.1 description, built once on first request. No auth. */
import { Hono } from 'hono';
import type { Limits } from '../http/limits';
import { buildOpenApiDocument } from '../http/openapi-document';

export function openapiRoutes(limits: Limits): Hono {
  const r = new Hono();
  let doc: Record<string, unknown> | null = null;
  r.get('/openapi.json', (c) => {
    doc ??= buildOpenApiDocument(limits);
    return c.json(doc);
  });
  return r;
}
