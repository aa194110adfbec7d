/**
 * POST /api/<kind> for every report kind of the catalogue — gap-report, review-pack,
 * treatment-plan, soa-report — each built and written by the report-writer registry in the
 * format `?format=` or Accept asks for. JSON and HTML are shown inline, xlsx and pptx are
 * attachments; content-disposition names `<kind>-<asOf>.<ext>`.
 */
import { Hono } from 'hono';
import { decodeWorkbooks } from '../http/decode-workbooks';
import { reportFormat } from '../http/report-format';
import { contentDisposition } from '../http/content-disposition';
import { FORMAT_INFO, REPORT_KIND_IDS, type ReportKind } from '../../shared/reports';
import { produceReport } from '../reports/report-writers';
import { parseDecoded } from './parse-decoded';
import type { RouteDeps } from './route-deps';

/** The API paths of the report routes (`/gap-report`, …). */
export const REPORT_PATHS = REPORT_KIND_IDS.map((k) => `/${k}` as const);

function reportRoute(r: Hono, kind: ReportKind, deps: RouteDeps): void {
  r.post(`/${kind}`, async (c) => {
    const format = reportFormat(c.req.query('format'), c.req.header('accept'), kind);
    const decoded = await decodeWorkbooks(c, deps);
    const { workbooks } = parseDecoded(decoded.workbooks, deps.services);
    const { output } = await produceReport(kind, format, {
      workbooks,
      snapshots: decoded.workbooks.map((d) => d.snapshot),
      asOf: decoded.asOf,
      // The previous review's workbooks are not accepted by the API yet (docs/api.md).
      changes: null,
    });
    const info = FORMAT_INFO[format];
    const binary = typeof output !== 'string';
    const name = `${kind}-${decoded.asOf}.${info.extension}`;
    const type = binary ? info.mediaType : `${info.mediaType}; charset=UTF-8`;
    return c.body(binary ? (output.slice().buffer as ArrayBuffer) : output, 200, {
      'content-type': type,
      'content-disposition': contentDisposition(binary ? 'attachment' : 'inline', name),
    });
  });
}

export function reportRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  for (const kind of REPORT_KIND_IDS) reportRoute(r, kind, deps);
  return r;
}
