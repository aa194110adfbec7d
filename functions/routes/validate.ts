/**
 * POST /api/validate — every workbook assessed on its own (the single use case the task pane and
 * `isms validate` run): findings in the PRODUCT.md `--json` shape, plus per-workbook summaries,
 * heat maps and SoA progress. Each finding is sent once, in the top-level list (it names its
 * workbook); the list is capped (capFindings) while every summary counts all findings.
 */
import { Hono } from 'hono';
import { summarize, type Finding } from '../../shared/validation';
import { capFindings } from '../../shared/validation';
import { boundHeatMaps, boundedJson } from '../http/bound-output';
import { decodeWorkbooks } from '../http/decode-workbooks';
import type { RouteDeps } from './route-deps';

export function validateRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/validate', async (c) => {
    const { workbooks, asOf } = await decodeWorkbooks(c, deps);
    const all: Finding[] = [];
    const results = workbooks.map(({ snapshot, readFindings }) => {
      const a = deps.services.assess(snapshot, { asOf });
      // Element by element: push(...list) overflows the stack on a million findings.
      for (const f of readFindings) all.push(f);
      for (const f of a.findings) all.push(f);
      return {
        name: snapshot.name,
        summary: readFindings.length ? summarize([...readFindings, ...a.findings]) : a.summary,
        heatMaps: boundHeatMaps(a.heatMaps),
        soaProgress: a.soaProgress,
      };
    });
    const { findings, summary } = capFindings(all);
    return boundedJson(c, { asOf, findings, summary, workbooks: results });
  });
  return r;
}
