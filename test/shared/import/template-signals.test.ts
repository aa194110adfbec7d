/**
 * Signals added for unfilled templates and plain registers: cells that list the answers they
 * expect, titles beside the ids, status words that are not people, and a first data row that
 * never continues an unknown header.
 */
import { describe, expect, it } from 'vitest';
import { CONTROLS } from '../../../shared/catalog/controls';
import { findClause } from '../../../shared/catalog/clauses';
import type { Cell } from '../../../shared/grid/grid';
import { importWorkbook } from '../../../shared/import/import-workbook';
import { readOptionList } from '../../../shared/import/option-list';
import { workbook } from './fixtures';

describe('readOptionList', () => {
  it.each([
    ['C / P / N', 'conformance'],
    ['Yes/No', 'yesNo'],
    ['Ja | Nein', 'yesNo'],
    ['Implemented / Partially implemented / Not implemented', 'implementation'],
  ])('reads %j as the %s answers a template expects', (text, vocabulary) => {
    expect(readOptionList(text)).toBe(vocabulary);
  });

  it('is not an option list when the parts are one answer, prose or a single value', () => {
    expect(readOptionList('Yes / yes')).toBeNull();
    expect(readOptionList('Implemented')).toBeNull();
    expect(readOptionList('Backups / restores tested monthly')).toBeNull();
    expect(readOptionList(4)).toBeNull();
  });
});

describe('template and plain-register signals', () => {
  it('reads an unfilled clause checklist: the C / P / N cells name its status column', () => {
    const ids = ['4.1', '4.2', '4.3', '5.1', '6.2', '9.2', '10.2'];
    const rows: Cell[][] = ids.map((id) => [id, findClause(id)?.title ?? '', 'C / P / N']);
    const r = importWorkbook(workbook({ rows: [['Qa', 'Qb', 'Qc'], ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'clauses', rowsOut: 7 });
    expect(r.sheets[0].columns.find((c) => c.field === 'status')).toMatchObject({
      column: 'C',
      evidence: 'column C: 7 of 7 cells list the conformance statuses a template expects',
    });
    expect(r.tables.tblClauses?.every((x) => x.Status === null)).toBe(true);
  });

  it('maps the titles beside the ids and does not take status words for person names', () => {
    const rows: Cell[][] = CONTROLS.slice(0, 12).map((c, i) => [
      `A.${c.id}`,
      c.title,
      i % 2 ? 'Implemented' : 'Partially Implemented',
      i % 3 ? 'Not Implemented' : 'Partially Implemented',
    ]);
    const r = importWorkbook(workbook({ rows: [['Qa', 'Qb', 'Qc', 'Qd'], ...rows] }));
    const fields = r.sheets[0].columns.map((c) => `${c.column}=${c.field}`);
    expect(fields).toContain('B=title');
    expect(fields.some((f) => f.endsWith('=owner'))).toBe(false);
  });

  it('never reads data rows as more header rows under an unknown header', () => {
    const rows: Cell[][] = CONTROLS.map((c) => [`A.${c.id}`, c.title, 'Yes', 'Implemented']);
    const r = importWorkbook(workbook({ rows: [['Qa', 'Qb', 'Qc', 'Qd'], ...rows] }));
    expect(r.sheets[0]).toMatchObject({ kind: 'soa', rowsOut: 93, headerRows: [1] });
  });
});
