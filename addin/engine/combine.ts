/**
 * Several assessed workbooks as the pane shows them: every workbook's findings plus the check of
 * the set (shared/cross checkSet, as `isms check` and /api/check: the ISMS-level rules once over
 * the whole set, replacing each file's own, and the XWB-* rules), one summary, the first heat
 * maps and SoA, the SoA control list, the findings digest (counts, facets, default arrangement;
 * the findings in its order) and the heat maps' movement. With one workbook: that workbook's
 * assessment, risks slimmed.
 */
import type { Assessment } from '../../shared/model';
import { checkSet, setOfFindings } from '../../shared/cross';
import type { Finding } from '../../shared/validation';
import { summarize } from '../../shared/validation';
import { sortFindings } from '../../shared/validation';
import { controlRows } from '../soa/control-rows';
import { digestFindings } from '../findings/digest';
import { soaNotStarted } from '../findings/groups';
import { countMoves, movement } from '../heatmap/moves';
import type { PaneAssessment, PaneResult } from './types';

function slim(a: Assessment): PaneAssessment['workbook']['risks'] {
  return a.workbook.risks
    ? a.workbook.risks.map((r) => ({ id: r.id, description: r.description, threat: r.threat }))
    : null;
}

/** `extra` are reading findings (CSV-*) of the same files, kept with the rest. */
export function combine(
  assessments: readonly Assessment[],
  extra: readonly Finding[],
  asOf: string,
  ran: PaneResult['ran'],
): PaneResult {
  if (assessments.length === 0) throw new Error('combine: no assessment');
  const wbs = assessments.map((a) => a.workbook);
  const own = [...extra, ...assessments.flatMap((a) => a.findings)];
  const sorted =
    assessments.length > 1
      ? setOfFindings(own, checkSet(wbs, { asOf }))
      : extra.length === 0
        ? assessments[0].findings
        : sortFindings(own);
  const first = assessments[0];
  const risks = assessments.flatMap((a) => slim(a) ?? []);
  const soaProgress = assessments.find((a) => a.soaProgress)?.soaProgress ?? null;
  const heatMaps = assessments.find((a) => a.heatMaps)?.heatMaps ?? first.heatMaps;
  const { ordered: findings, digest } = digestFindings(sorted, soaNotStarted(soaProgress));
  const assessment: PaneAssessment = {
    workbook: {
      name: wbs.map((w) => w.name).join(' + '),
      methodology: wbs.find((w) => w.methodology)?.methodology ?? null,
      risks: wbs.some((w) => w.risks) ? risks : null,
    },
    findings,
    summary: summarize(findings),
    heatMaps,
    soaProgress,
  };
  return {
    assessment,
    workbooks: wbs.map((w) => w.name),
    controls: controlRows(wbs),
    digest,
    movement: heatMaps ? countMoves(movement(heatMaps.inherent, heatMaps.residual)) : null,
    ran,
  };
}
