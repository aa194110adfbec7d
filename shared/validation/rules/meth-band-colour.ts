/**
 * METH-BAND-COLOUR: a rating band colour that is neither #RRGGBB nor a CSS colour name. Cosmetic:
 * heat maps lose the colour, the method's results do not change — an observation, not METH-INVALID.
 */
import { colourProblems } from '../../risk/validate-methodology';
import { makeFinding, sheetOf } from '../make-finding';
import { METH } from '../messages';
import { defineRule } from '../rule';

export const methBandColour = defineRule({
  id: 'METH-BAND-COLOUR',
  severity: 'observation',
  clause: '6.1.2 b)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.methodology ? colourProblems(wb.methodology) : []).map((p) =>
      makeFinding(
        'METH-BAND-COLOUR',
        sheetOf(wb.name, wb.methodologySheet),
        METH.bandColour(p.name, p.colour),
      ),
    ),
});
