/**
 * SOA-BOILERPLATE-JUSTIFICATION: most exclusions share one sentence, so none says why its control
 * does not apply (6.1.3 d). Only exclusions are judged: the reason for including a control is by
 * nature the same for most (risk treatment, a legal requirement).
 */
import { foldText } from '../../vocabulary/fold-text';
import { isPlaceholder } from '../../vocabulary/placeholder';
import type { SoaEntry } from '../../model/types';
import { makeFinding, whereOf } from '../make-finding';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

/** At least this many exclusions before a shared sentence means boilerplate. */
const MIN_EXCLUSIONS = 4;

export const soaBoilerplateJustification = defineRule({
  id: 'SOA-BOILERPLATE-JUSTIFICATION',
  severity: 'minor',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) => {
    const excluded = (wb.soa ?? []).filter(
      (e): e is SoaEntry & { justification: string } =>
        e.applicable === false && e.justification !== null && !isPlaceholder(e.justification),
    );
    if (excluded.length < MIN_EXCLUSIONS) return [];
    const groups = new Map<string, typeof excluded>();
    for (const e of excluded) {
      const key = foldText(e.justification);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const biggest = [...groups.values()].sort((a, b) => b.length - a.length)[0];
    if (biggest.length * 2 <= excluded.length) return [];
    return biggest.map((e) =>
      makeFinding(
        'SOA-BOILERPLATE-JUSTIFICATION',
        whereOf(wb.name, e.ref, 'justification'),
        TREAT.boilerplate(soaControlLabel(e), e.justification, biggest.length, excluded.length),
      ),
    );
  },
});
