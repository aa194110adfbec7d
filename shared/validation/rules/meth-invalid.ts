/** METH-INVALID: the documented method cannot give consistent, comparable results (6.1.2 b). */
import { validateMethodology } from '../../risk/validate-methodology';
import type { Rule } from '../rule';

export const methInvalid: Rule = {
  id: 'METH-INVALID',
  check: ({ wb }) =>
    wb.methodology
      ? validateMethodology(wb.methodology, { workbook: wb.name, sheet: wb.methodologySheet })
      : [],
};
