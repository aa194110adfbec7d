/** METH-INVALID: the documented method cannot give consistent, comparable results (6.1.2 b). */
import type { Finding } from '../../findings/finding';
import type { Methodology } from '../../model/types';
import { methodologyProblems } from '../../risk/validate-methodology';
import { makeFinding, sheetOf } from '../make-finding';
import { METH } from '../messages';
import { defineRule } from '../rule';

/**
 * All METH-INVALID findings for a method, located on its sheet (table-level: no cell).
 *
 * @example validateMethodology(DEFAULT_METHODOLOGY, { workbook: 'r.xlsx', sheet: 'Methodology' }) // []
 */
export function validateMethodology(
  m: Methodology,
  where: { workbook: string; sheet: string | null },
): Finding[] {
  return methodologyProblems(m).map((p) =>
    makeFinding('METH-INVALID', sheetOf(where.workbook, where.sheet), METH.invalid(METH.detail(p))),
  );
}

export const methInvalid = defineRule({
  id: 'METH-INVALID',
  severity: 'major',
  clause: '6.1.2 b)',
  stage: 'stage1',
  check: ({ wb }) =>
    wb.methodology
      ? validateMethodology(wb.methodology, { workbook: wb.name, sheet: wb.methodologySheet })
      : [],
});
