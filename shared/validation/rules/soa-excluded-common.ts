/**
 * SOA-EXCLUDED-COMMON: the exclusion of a control almost every organisation needs (policies,
 * access control, incident management, awareness, capacity, vulnerabilities, backup, logging):
 * an observation asking to verify the justification (6.1.3 d).
 */
import { makeFinding, whereOf } from '../make-finding';
import { TREAT } from '../messages-treatment';
import { defineRule } from '../rule';
import { soaControlLabel } from './soa-label';

export const COMMON_CONTROLS: ReadonlySet<string> = new Set([
  '5.1',
  '5.15',
  '5.24',
  '5.25',
  '5.26',
  '6.3',
  '8.7',
  '8.8',
  '8.13',
  '8.15',
]);

export const soaExcludedCommon = defineRule({
  id: 'SOA-EXCLUDED-COMMON',
  severity: 'observation',
  clause: '6.1.3 d)',
  stage: 'stage1',
  check: ({ wb }) =>
    (wb.soa ?? [])
      .filter((e) => e.applicable === false && e.controlId && COMMON_CONTROLS.has(e.controlId))
      .map((e) =>
        makeFinding(
          'SOA-EXCLUDED-COMMON',
          whereOf(wb.name, e.ref, 'applicable'),
          TREAT.excludedCommon(soaControlLabel(e)),
        ),
      ),
});
