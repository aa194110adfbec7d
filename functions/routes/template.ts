/**
 * GET /api/template?method=product|sum|matrix — a new canonical ISMS workbook, the same file as
 * `isms template --out FILE.xlsx --method …`. Written once per method and kept: it holds no user
 * data, and exceljs is loaded on the first request only.
 */
import { Hono } from 'hono';
import type { ScoreFormula } from '../../shared/model';
import { methodologyFor } from '../cli/commands/template';
import { ProblemError } from '../http/problem';
import { XLSX_MEDIA_TYPE } from '../http/report-format';
import { writeCanonicalWorkbook } from '../xlsx/write-workbook';

export const TEMPLATE_METHODS: readonly ScoreFormula[] = ['product', 'sum', 'matrix'];

export function templateRoutes(): Hono {
  const r = new Hono();
  const cache = new Map<ScoreFormula, Promise<Uint8Array>>();
  r.get('/template', async (c) => {
    const method = methodOf(c.req.query('method'));
    let bytes = cache.get(method);
    if (!bytes) {
      bytes = writeCanonicalWorkbook({ methodology: methodologyFor(method) });
      cache.set(method, bytes);
      bytes.catch(() => cache.delete(method));
    }
    return c.body((await bytes).slice().buffer as ArrayBuffer, 200, {
      'content-type': XLSX_MEDIA_TYPE,
      'content-disposition': `attachment; filename="isms-register-${method}.xlsx"`,
      'cache-control': 'no-store',
    });
  });
  return r;
}

function methodOf(query: string | undefined): ScoreFormula {
  if (query === undefined || query === '') return 'product';
  const m = query.toLowerCase();
  if ((TEMPLATE_METHODS as readonly string[]).includes(m)) return m as ScoreFormula;
  throw new ProblemError(
    'bad-request',
    `method must be one of ${TEMPLATE_METHODS.join(', ')}; got "${query.slice(0, 20)}".`,
    [{ field: 'query.method', detail: `expected ${TEMPLATE_METHODS.join(' | ')}` }],
  );
}
