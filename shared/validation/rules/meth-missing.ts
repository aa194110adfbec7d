/** METH-MISSING: risks are recorded but no methodology is documented (6.1.2 a, b). */
import { RISKS } from '../../workbook/canonical';
import { makeFinding } from '../make-finding';
import { METH } from '../messages';
import { defineRule } from '../rule';

export const methMissing = defineRule({
  id: 'METH-MISSING',
  severity: 'major',
  clause: '6.1.2 a), b)',
  stage: 'stage1',
  check: ({ wb }) => {
    if (wb.methodology || !wb.risks || wb.risks.length === 0) return [];
    const sheet = wb.risks[0]?.ref.sheet ?? RISKS.sheet;
    return [
      makeFinding(
        'METH-MISSING',
        { workbook: wb.name, sheet, cell: null, row: null },
        METH.missing(),
      ),
    ];
  },
});
