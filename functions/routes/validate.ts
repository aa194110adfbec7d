/**
 * POST /api/validate — every workbook assessed on its own (the single use case the task pane and
 * `isms validate` run): findings in the PRODUCT.md `--json` shape, plus per-workbook heat maps and
 * SoA progress.
 */
import { Hono } from 'hono';
import { summarize, type Finding } from '../../shared/validation/finding';
import { decodeWorkbooks } from '../http/decode-workbooks';
import type { RouteDeps } from './route-deps';

export function validateRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/validate', async (c) => {
    const { workbooks, asOf } = await decodeWorkbooks(c, deps);
    const results = workbooks.map(({ snapshot, readFindings }) => {
      const a = deps.services.assess(snapshot, { asOf });
      const findings: Finding[] = [...readFindings, ...a.findings];
      return {
        name: snapshot.name,
        findings,
        summary: readFindings.length ? summarize(findings) : a.summary,
        heatMaps: a.heatMaps,
        soaProgress: a.soaProgress,
      };
    });
    const findings = results.flatMap((w) => w.findings);
    return c.json({ asOf, findings, summary: summarize(findings), workbooks: results });
  });
  return r;
}
