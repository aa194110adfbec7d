/** Resource estimate: person-days of the control gaps by effort class, theme and owner. */
import type { ControlGap, EffortClass, ResourceEstimate, ResourceLine, RoadmapItem } from './types';
import { DEFAULT_CONSULTANCY_SHARE } from './effort-calibration';
import { THEMES } from '../catalog/controls';
import { EFFORT_DAYS } from './effort';

const CLASSES: readonly EffortClass[] = ['Low', 'Medium', 'High'];
export const UNASSIGNED = 'Unassigned';

function line(key: string, gaps: readonly ControlGap[]): ResourceLine {
  return { key, gaps: gaps.length, personDays: gaps.reduce((s, g) => s + g.effort.personDays, 0) };
}

/** The estimate's lines from the roadmap: clause work is every item that is not a control gap. */
function linesOf(
  gaps: readonly ControlGap[],
  roadmap: readonly RoadmapItem[],
  share: number,
): { lines: ResourceLine[]; grandTotal: number } {
  const other = roadmap.filter((r) => r.kind !== 'control');
  const clause = line('Clause work', []);
  const controls = line('Controls', gaps);
  const tooled = gaps.filter((g) => g.effort.toolingDays > 0);
  const toolingDays = tooled.reduce((s, g) => s + g.effort.toolingDays, 0);
  const clauseDays = other.reduce((s, r) => s + r.personDays, 0);
  const internal = clauseDays + controls.personDays + toolingDays;
  const consultancy = Math.ceil(internal * share);
  return {
    lines: [
      { ...clause, gaps: other.length, personDays: clauseDays },
      controls,
      { key: 'Tooling', gaps: tooled.length, personDays: toolingDays },
      { key: 'Consultancy', gaps: 0, personDays: consultancy },
    ],
    grandTotal: internal + consultancy,
  };
}

export function estimateResources(
  gaps: readonly ControlGap[],
  roadmap: readonly RoadmapItem[] = [],
  consultancyShare = DEFAULT_CONSULTANCY_SHARE,
): ResourceEstimate {
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
    ...linesOf(gaps, roadmap, consultancyShare),
    consultancyShare,
  };
}
