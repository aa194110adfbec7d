import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../readers';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { expectProblem, testApp } from './route-support';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function template(query = ''): Promise<Response> {
  return testApp().request(`/api/template${query}`);
}

describe('GET /api/template', () => {
  it('returns the canonical workbook with the product method by default, as an attachment', async () => {
    const res = await template();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="isms-register-product.xlsx"',
    );
    const snapshot = readXlsx(new Uint8Array(await res.arrayBuffer()), {
      name: 'isms-register-product.xlsx',
    });
    expect(snapshot.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['tblRisks', 'tblSoA', 'tblClauses', 'tblMethod']),
    );
    const { workbook } = parseWorkbook(snapshot);
    expect(workbook.methodology?.formula).toBe('product');
    expect(workbook.soa).toHaveLength(93);
  });

  it.each(['sum', 'matrix', 'MATRIX'])('writes the %s method into tblMethod', async (method) => {
    const res = await template(`?method=${method}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      `isms-register-${method.toLowerCase()}.xlsx`,
    );
    const { workbook } = parseWorkbook(
      readXlsx(new Uint8Array(await res.arrayBuffer()), { name: 't.xlsx' }),
    );
    expect(workbook.methodology?.formula).toBe(method.toLowerCase());
  });

  it('answers 400 naming the parameter for an unknown method', async () => {
    const p = await expectProblem(await template('?method=cube'), 400, 'bad-request');
    expect(p.detail).toContain('product, sum, matrix');
    expect(p.errors[0].field).toBe('query.method');
  });

  it('serves the same bytes for repeated requests of one method (written once)', async () => {
    const app = testApp();
    const a = new Uint8Array(await (await app.request('/api/template?method=sum')).arrayBuffer());
    const b = new Uint8Array(await (await app.request('/api/template?method=sum')).arrayBuffer());
    expect(b).toEqual(a);
  });
});
