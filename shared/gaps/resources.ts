/** Resource estimate: person-days of the control gaps by effort class, theme and owner. */
import type { ControlGap, EffortClass, ResourceEstimate, ResourceLine } from './types';
import { THEMES } from '../catalog/controls';
import { EFFORT_DAYS } from './effort';

const CLASSES: readonly EffortClass[] = ['Low', 'Medium', 'High'];
export const UNASSIGNED = 'Unassigned';

function line(key: string, gaps: readonly ControlGap[]): ResourceLine {
  return { key, gaps: gaps.length, personDays: gaps.reduce((s, g) => s + g.effort.personDays, 0) };
}

export function estimateResources(gaps: readonly ControlGap[]): ResourceEstimate {
  const owners = [...new Set(gaps.map((g) => g.owner ?? UNASSIGNED))].sort((a, b) =>
    a.localeCompare(b, 'en'),
  );
  return {
    rates: EFFORT_DAYS,
    byClass: CLASSES.map((c) =>
      line(
        c,
        gaps.filter((g) => g.effort.class === c),
      ),
    ),
    byTheme: THEMES.map((t) =>
      line(
        t,
        gaps.filter((g) => g.theme === t),
      ),
    ),
    byOwner: owners
      .map((o) =>
        line(
          o,
          gaps.filter((g) => (g.owner ?? UNASSIGNED) === o),
        ),
      )
      .sort((a, b) => b.personDays - a.personDays || a.key.localeCompare(b.key, 'en')),
    total: line('Total', gaps),
  };
}
