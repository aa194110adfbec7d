/**
 * The workbook-plan contract (ARCHITECTURE.md: one plan, two writers): the canonical workbook the
 * CLI writes with exceljs and the one the pane's Set up writes with office-js are the same
 * workbook, cell by cell — sheets, tables and their ranges, headers, starter values, formulas,
 * calculated columns, list validations, band formats and frozen panes — for each scoring method.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { setupWorkbook } from '../../addin/office/setup-workbook.office';
import { methodologyFor } from '../../functions/cli/commands/template';
import { writeCanonicalWorkbook } from '../../functions/xlsx/write-workbook';
import type { ScoreFormula } from '../../shared/model/types';
import { buildWorkbookPlan } from '../../shared/workbook/plan';
import { exceljsWritten } from './workbook-plan/exceljs-written';
import { officeRecorder } from './workbook-plan/office-recorder';
import type { Written } from './workbook-plan/written';

const METHODS: readonly ScoreFormula[] = ['product', 'sum', 'matrix'];

describe.each(METHODS)(
  'workbook plan, %s method: exceljs and office-js write the same workbook',
  (method) => {
    const m = methodologyFor(method);
    let cli: Written;
    let pane: Written;

    beforeAll(async () => {
      cli = await exceljsWritten(await writeCanonicalWorkbook({ methodology: m }));
      const x = officeRecorder(['Sheet1']);
      const result = await setupWorkbook(x.ctx, m);
      expect(result.skipped).toEqual([]);
      expect(result.formulas).toBe(true);
      pane = x.written();
    });

    const sheet = (w: Written, name: string) => w.sheets.find((s) => s.name === name)!;

    it('has the plan’s sheets, in order', () => {
      const names = buildWorkbookPlan({ methodology: m }).sheets.map((s) => s.name);
      expect(cli.sheets.map((s) => s.name)).toEqual(names);
      expect(pane.sheets.map((s) => s.name)).toEqual(names);
    });

    it('has the same tables at the same ranges, with the same headers and calculated columns', () => {
      expect(pane.tables).toEqual(cli.tables);
      expect(cli.tables).toHaveLength(14);
      expect(Object.keys(cli.tables.find((t) => t.name === 'tblRisks')!.calculated)).toEqual([
        'Inherent Score',
        'Inherent Rating',
        'Residual Score',
        'Residual Rating',
      ]);
    });

    it('has the same value or formula in every cell of every sheet', () => {
      for (const s of cli.sheets) {
        expect(Object.keys(s.cells).length, s.name).toBeGreaterThan(0);
        expect(sheet(pane, s.name).cells, s.name).toEqual(s.cells);
      }
    });

    it('has the same list validations, conditional-format rules and frozen panes', () => {
      for (const s of cli.sheets) {
        const p = sheet(pane, s.name);
        expect(p.validations, s.name).toEqual(s.validations);
        expect(p.rules, s.name).toEqual(s.rules);
        expect(p.freeze, s.name).toEqual(s.freeze);
      }
      expect(sheet(cli, 'Risks').validations.length).toBeGreaterThan(4);
      expect(sheet(cli, 'Risks').rules).toHaveLength(2 * m.bands.length);
      expect(sheet(cli, 'Methodology').rules).toHaveLength(m.bands.length);
    });

    it('writes the SoA ids, clause statuses, score-formula label and matrix the same way', () => {
      for (const w of [cli, pane]) {
        const soa = sheet(w, 'SoA').cells;
        expect([soa.A2, soa.A16, soa.A94]).toEqual(['A.5.1', 'A.5.15', 'A.8.34']);
        const clauses = sheet(w, 'Clauses').cells;
        expect([clauses.A2, clauses.C2, clauses.A31, clauses.C31]).toEqual([
          '4.1',
          'Not assessed',
          '10.2',
          'Not assessed',
        ]);
        const meth = sheet(w, 'Methodology').cells;
        expect([meth.A6, meth.B6]).toEqual([
          'Score formula',
          method[0].toUpperCase() + method.slice(1),
        ]);
        const docs = sheet(w, 'Documents').cells;
        expect([docs.A2, docs.B2, docs.C2, docs.D2]).toEqual([
          'DOC-01',
          'Scope of the ISMS',
          '4.3',
          'Document',
        ]);
      }
      const matrix = (w: Written) => {
        const t = w.tables.find((x) => x.name === 'tblMatrix')!;
        const cells = sheet(w, 'Methodology').cells;
        return Object.entries(cells).filter(([a]) => inRange(a, t.ref));
      };
      expect(matrix(pane)).toEqual(matrix(cli));
    });
  },
);

function inRange(address: string, ref: string): boolean {
  const [from, to] = ref.split(':');
  const split = (a: string) => /^([A-Z]+)(\d+)$/.exec(a)!.slice(1);
  const [c, r] = split(address);
  const [c0, r0] = split(from);
  const [c1, r1] = split(to);
  const col = (x: string) => x.length * 100 + x.charCodeAt(x.length - 1);
  return (
    Number(r) >= Number(r0) && Number(r) <= Number(r1) && col(c) >= col(c0) && col(c) <= col(c1)
  );
}
