/**
 * POST /api/check — cross-workbook checks (XWB-* rules) over the whole set, with the consolidated
 * view (every risk rescored on one methodology, the rescaling stated).
 */
import { Hono } from 'hono';
import { summarize } from '../../shared/validation/finding';
import { decodeWorkbooks } from '../http/decode-workbooks';
import { parseDecoded } from './parse-decoded';
import type { RouteDeps } from './route-deps';

export function checkRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/check', async (c) => {
    const decoded = await decodeWorkbooks(c, deps);
    const { workbooks } = parseDecoded(decoded.workbooks, deps.services);
    const cross = deps.services.checkWorkbooks(workbooks, { asOf: decoded.asOf });
    // Reading problems (malformed CSV rows) stay visible; single-workbook rules belong to /validate.
    const findings = [...decoded.workbooks.flatMap((w) => w.readFindings), ...cross.findings];
    return c.json({
      asOf: decoded.asOf,
      workbooks: decoded.workbooks.map((w) => w.snapshot.name),
      findings,
      summary: summarize(findings),
      consolidated: cross.consolidated,
    });
  });
  return r;
}
