/**
 * POST /api/gap-report — clause matrix, control gap register, roadmap and resource estimate, as
 * JSON, a self-contained printable HTML page, or an xlsx workbook (exceljs, loaded on first use).
 */
import { Hono } from 'hono';
import { boundedJson } from '../http/bound-output';
import { decodeWorkbooks } from '../http/decode-workbooks';
import { reportFormat, XLSX_MEDIA_TYPE } from '../http/report-format';
import { parseDecoded } from './parse-decoded';
import type { RouteDeps } from './route-deps';

export function gapReportRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/gap-report', async (c) => {
    const format = reportFormat(c.req.query('format'), c.req.header('accept'));
    const decoded = await decodeWorkbooks(c, deps);
    const { workbooks } = parseDecoded(decoded.workbooks, deps.services);
    const report = deps.services.buildGapReport(workbooks, { asOf: decoded.asOf });
    const base = `gap-report-${decoded.asOf}`;
    if (format === 'html') {
      c.header('content-disposition', `inline; filename="${base}.html"`);
      return c.html(deps.services.renderGapReportHtml(report));
    }
    if (format === 'xlsx') {
      const bytes = await deps.services.writeGapReportXlsx(report);
      return c.body(bytes.slice().buffer as ArrayBuffer, 200, {
        'content-type': XLSX_MEDIA_TYPE,
        'content-disposition': `attachment; filename="${base}.xlsx"`,
      });
    }
    c.header('content-disposition', `inline; filename="${base}.json"`);
    return boundedJson(c, report);
  });
  return r;
}
