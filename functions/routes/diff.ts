/**
 * POST /api/diff — what changed between two review cycles (docs/cycle.md), as JSON (the
 * DiffResult), a printable HTML page or an xlsx workbook (`?format=` or Accept, as the gap report).
 */
import { Hono } from 'hono';
import { diffWorkbooks } from '../../shared/diff';
import { renderDiffHtml } from '../reports/diff/render-diff-html';
import { reportFormat, XLSX_MEDIA_TYPE } from '../http/report-format';
import { contentDisposition } from '../http/content-disposition';
import { decodeDiffRequest } from './diff-request';
import type { RouteDeps } from './route-deps';

export function diffRoutes(deps: RouteDeps): Hono {
  const r = new Hono();
  r.post('/diff', async (c) => {
    const format = reportFormat(c.req.query('format'), c.req.header('accept'));
    const req = await decodeDiffRequest(c, deps);
    const parse = (s: (typeof req.current)[number]) => deps.services.parseWorkbook(s).workbook;
    const d = diffWorkbooks(req.previous.map(parse), req.current.map(parse), {
      asOf: req.asOf,
      previousAsOf: req.previousAsOf,
    });
    const base = `diff-${req.asOf}`;
    if (format === 'html') {
      c.header('content-disposition', contentDisposition('inline', `${base}.html`));
      return c.html(renderDiffHtml(d));
    }
    if (format === 'xlsx') {
      const { writeDiffXlsx } = await import('../reports/diff/write-diff-xlsx');
      const bytes = await writeDiffXlsx(d);
      return c.body(bytes.slice().buffer as ArrayBuffer, 200, {
        'content-type': XLSX_MEDIA_TYPE,
        'content-disposition': contentDisposition('attachment', `${base}.xlsx`),
      });
    }
    c.header('content-disposition', contentDisposition('inline', `${base}.json`));
    return c.json(d);
  });
  return r;
}
