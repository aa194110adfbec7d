/** SOA-MISSING-CONTROL: an Annex A 2022 control absent from the SoA (all 93 must be decided, 6.1.3 d). */
import { CONTROLS } from '../../catalog/controls';
import { SOA as SOA_TABLE } from '../../workbook/canonical';
import { makeFinding } from '../make-finding';
import { SOA, controlName } from '../messages';
import { defineRule } from '../rule';

export const soaMissingControl = defineRule({
  id: 'SOA-MISSING-CONTROL',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) => {
    if (!wb.soa) return [];
    const listed = new Set(wb.soa.map((e) => e.controlId));
    const sheet = wb.soa[0]?.ref.sheet ?? SOA_TABLE.sheet;
    return CONTROLS.filter((c) => !listed.has(c.id)).map((c) =>
      makeFinding(
        'SOA-MISSING-CONTROL',
        { workbook: wb.name, sheet, cell: null, row: null },
        SOA.missingControl(controlName(c), c.newIn2022),
      ),
    );
  },
});
