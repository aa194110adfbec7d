/**
 * The effort the gap report uses: the catalog model (effort.ts), replaced by the per-control
 * calibration where there is one (effort-calibration.ts), replaced in turn by the workbook's own
 * estimate (tblEffort, effort-overrides.ts). Partially implemented halves the days, rounded up.
 */
import type { Control } from '../catalog/controls';
import type { ImplementationStatus } from '../model/types';
import type { Effort, EffortClass } from './types';
import { effortOf } from './effort';
import { CONTROL_CALIBRATION } from './effort-calibration';
import { NO_OVERRIDES, type EffortOverrides } from './effort-overrides';

/** The class a number of full (not started) days falls in, on the model's own scale (3 / 8 / 15). */
export function classOfDays(days: number): EffortClass {
  return days <= 3 ? 'Low' : days <= 8 ? 'Medium' : 'High';
}

export function calibratedEffort(
  control: Control,
  status: ImplementationStatus | null,
  overrides: EffortOverrides = NO_OVERRIDES,
): Effort {
  const base = effortOf(control, status);
  const cal = CONTROL_CALIBRATION[control.id];
  const partial = status === 'Partially implemented';
  const remaining = (d: number) => (partial ? Math.ceil(d / 2) : d);
  const toolFull = overrides.tooling[control.id] ?? cal?.tooling ?? 0;
  const tooling = {
    toolingDays: remaining(toolFull),
    tool: toolFull > 0 ? (cal?.tool ?? 'tooling') : null,
  };
  const own = overrides.controls[control.id];
  const full = own ?? cal?.days;
  if (full === undefined) return { ...base, ...tooling };
  const state = partial ? 'partially implemented: half remains' : 'not started';
  return {
    class: classOfDays(full),
    points: base.points,
    reason:
      own !== undefined
        ? `workbook estimate (tblEffort): ${full} person-day(s) when not started; ${state}`
        : `calibrated: ${cal?.reason} (${full} person-days when not started); ${state}`,
    personDays: remaining(full),
    basis: own !== undefined ? 'workbook' : 'calibrated',
    ...tooling,
  };
}
