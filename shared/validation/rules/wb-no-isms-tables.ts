/**
 * WB-NO-ISMS-TABLES: the workbook holds none of the canonical tables, so no rule could look at
 * anything. Without this a register in another layout would pass validation with "no findings".
 */
import { makeFinding } from '../make-finding';
import { PARSE } from '../messages';
import { defineRule } from '../rule';

export const wbNoIsmsTables = defineRule({
  id: 'WB-NO-ISMS-TABLES',
  severity: 'not-checked',
  clause: '6.1.2, 6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) => {
    const parts = [wb.methodology, wb.assets, wb.risks, wb.soa, wb.clauses, wb.auditFindings];
    if (parts.some((p) => p !== null)) return [];
    return [
      makeFinding(
        'WB-NO-ISMS-TABLES',
        { workbook: wb.name, sheet: null, cell: null, row: null },
        PARSE.noTables(),
      ),
    ];
  },
});
