/** GET /api/health: liveness, and the upload limits a client should respect. No auth. */
import { Hono } from 'hono';
import type { Limits } from '../http/limits';

export function healthRoutes(limits: Limits): Hono {
  const r = new Hono();
  r.get('/health', (c) => c.json({ status: 'ok' as const, limits }));
  return r;
}
