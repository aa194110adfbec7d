/**
 * OBJ-NO-MEASURE: an information security objective without a measure or without a target;
 * 6.2 b) requires objectives to be measurable (if practicable) and 6.2 f)–k) how results are
 * evaluated, which needs both.
 */
import { makeFinding, whereOf } from '../make-finding';
import { OBJ } from '../messages-review';
import { defineRule } from '../rule';

const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === '';

export const objNoMeasure = defineRule({
  id: 'OBJ-NO-MEASURE',
  severity: 'minor',
  clause: '6.2 b)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.objectives ?? [])
      .filter((o) => (o.id || o.objective) && (blank(o.measure) || blank(o.target)))
      .map((o) =>
        makeFinding(
          'OBJ-NO-MEASURE',
          whereOf(wb.name, o.ref, blank(o.measure) ? 'measure' : 'target'),
          OBJ.noMeasure(
            o.id ?? o.objective ?? `row ${o.ref.row}`,
            blank(o.measure),
            blank(o.target),
          ),
        ),
      ),
});
