/**
 * Implementation effort of an Annex A control, derived only from catalog facts so that it is
 * deterministic (docs/gap-report.md):
 *
 *   points = theme weight + min(operational capabilities − 1, 2)
 *   theme weight: Organizational 1, People 1, Physical 2 (facilities, procurement),
 *                 Technological 3 (tooling, engineering and change)
 *   extra capabilities (ISO/IEC 27002 attribute "operational capabilities"): a control spanning
 *   several capabilities needs several teams.
 *   class: 1 → Low, 2–3 → Medium, 4–5 → High
 *   person-days: Low 3, Medium 8, High 15 when not started (Planned, Not implemented or no
 *   status); half of that, rounded up, when Partially implemented.
 */
import type { Control, Theme } from '../catalog/controls';
import type { ImplementationStatus } from '../model/types';
import type { Effort, EffortClass } from './types';

export const THEME_WEIGHT: Readonly<Record<Theme, number>> = {
  Organizational: 1,
  People: 1,
  Physical: 2,
  Technological: 3,
};

export const EFFORT_DAYS: Readonly<
  Record<EffortClass, { readonly full: number; readonly partial: number }>
> = {
  Low: { full: 3, partial: 2 },
  Medium: { full: 8, partial: 4 },
  High: { full: 15, partial: 8 },
};

export function effortClass(points: number): EffortClass {
  return points <= 1 ? 'Low' : points <= 3 ? 'Medium' : 'High';
}

export function effortOf(control: Control, status: ImplementationStatus | null): Effort {
  const capabilities = control.attributes?.capabilities.length ?? 1;
  const extra = Math.min(Math.max(capabilities - 1, 0), 2);
  const points = THEME_WEIGHT[control.theme] + extra;
  const cls = effortClass(points);
  const partial = status === 'Partially implemented';
  const reason =
    `${control.theme} control (weight ${THEME_WEIGHT[control.theme]})` +
    (extra > 0 ? ` spanning ${capabilities} operational capabilities (+${extra})` : '') +
    `; ${partial ? 'partially implemented: half the effort remains' : 'not started'}`;
  return {
    class: cls,
    points,
    reason,
    personDays: partial ? EFFORT_DAYS[cls].partial : EFFORT_DAYS[cls].full,
    basis: 'model',
    toolingDays: 0,
    tool: null,
  };
}
