/**
 * POST /api/check — the check of a set (shared/cross checkSet, as `isms check` and the pane): the
 * ISMS-level rules (ISMS-*, DOC-MISSING) once over the whole set and the cross-workbook checks
 * (XWB-*), with the consolidated view (every risk rescored on one methodology, the rescaling
 * stated). Findings are capped and
 * the consolidated risk list bounded (http/bound-output); the summary counts everything.
 */
import { Hono } from 'hono';
import type { Finding } from '../../shared/validation';
import { capFindings } from '../../shared/validation';
import { boundConsolidated, boundedJson } from '../http/bound-output';
import { decodeWorkbooks } from '../http/decode-workbooks';
import { parseDecoded } from './parse-decoded';
import type { RouteDeps } from './route-deps';

export function checkRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/check', async (c) => {
    const decoded = await decodeWorkbooks(c, deps);
    const { workbooks } = parseDecoded(decoded.workbooks, deps.services);
    const cross = deps.services.checkSet(workbooks, { asOf: decoded.asOf });
    // Reading problems (malformed CSV rows) stay visible; single-workbook rules belong to /validate.
    const all: Finding[] = [];
    for (const w of decoded.workbooks) for (const f of w.readFindings) all.push(f);
    for (const f of cross.findings) all.push(f);
    const { findings, summary } = capFindings(all);
    return boundedJson(c, {
      asOf: decoded.asOf,
      workbooks: decoded.workbooks.map((w) => w.snapshot.name),
      findings,
      summary,
      consolidated: boundConsolidated(cross.consolidated),
    });
  });
  return r;
}
