import { describe, expect, it } from 'vitest';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { produceReport } from '../../../functions/reports/report-writers';
import { formatFromFileName } from '../../../shared/reports/report-kinds';
import { populatedSnapshot, POPULATED_AS_OF } from '../../support/populated';

describe('treatment plan as CSV', () => {
  it('is a treatment-plan format of the catalogue, chosen by the .csv extension', () => {
    expect(formatFromFileName('treatment-plan', 'rtp.csv')).toBe('csv');
    expect(formatFromFileName('soa-report', 'soa.csv')).toBeNull();
  });

  it('writes one quoted, neutralised line per planned risk under the xlsx headers', async () => {
    const s = populatedSnapshot('Acme.xlsx', '=1+2,"x"');
    const { output } = await produceReport('treatment-plan', 'csv', {
      workbooks: [parseWorkbook(s).workbook],
      snapshots: [s],
      asOf: POPULATED_AS_OF,
      changes: null,
    });
    const lines = String(output).split('\r\n');
    expect(lines[0]).toBe(
      'Workbook,Risk,Description,Risk Owner,Treatment,Inherent,Controls (SoA status),Actions,Action Owner,Due,Status,Residual,Residual Rating,Risk-owner Approval,Flags',
    );
    expect(lines).toHaveLength(5); // header, R-1, R-2, R-3, and the final CRLF
    expect(lines[2]).toContain('R-2,');
    expect(lines[2]).toContain('"A.5.30 (Not implemented), A.7.4 (excluded in the SoA)"');
    expect(lines[2]).toContain('Overdue; No action owner');
    expect(lines[3]).toContain(`"'=1+2,""x"""`);
  });
});
