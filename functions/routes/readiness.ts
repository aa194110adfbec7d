/** POST /api/readiness — the certification-readiness score of the set (docs/readiness.md). */
import { Hono } from 'hono';
import { boundedJson } from '../http/bound-output';
import { decodeWorkbooks } from '../http/decode-workbooks';
import { parseDecoded } from './parse-decoded';
import type { RouteDeps } from './route-deps';

export function readinessRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/readiness', async (c) => {
    const decoded = await decodeWorkbooks(c, deps);
    const { workbooks } = parseDecoded(decoded.workbooks, deps.services);
    return boundedJson(c, deps.services.scoreReadiness(workbooks, { asOf: decoded.asOf }));
  });
  return r;
}
