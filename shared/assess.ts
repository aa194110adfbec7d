/**
 * The single use case every host calls: one workbook snapshot in, its assessment out — parse
 * findings and validation findings (sorted), their summary, heat maps and SoA progress.
 */
import type { WorkbookSnapshot } from './grid/grid';
import type { AssessOptions, Assessment } from './model/assessment';
import { buildHeatMap } from './heatmap/heat-map';
import { soaProgress } from './soa/soa-progress';
import { summarize } from './validation/finding';
import { sortFindings } from './validation/sort-findings';
import { runRules } from './validation/validate-workbook';
import { parseWorkbook } from './workbook/parse-workbook';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Assesses one workbook. `asOf` (ISO date) is what "today" means for overdue checks — the host
 * takes it from its clock or the user; the core never reads the clock.
 *
 * @example assess(snapshot, { asOf: '2025-06-30' }).summary.major
 */
export function assess(snapshot: WorkbookSnapshot, opts: AssessOptions): Assessment {
  if (!ISO_DATE.test(opts.asOf))
    throw new TypeError(`assess: asOf must be an ISO date YYYY-MM-DD, got "${opts.asOf}"`);
  const { workbook, findings: parseFindings } = parseWorkbook(snapshot);
  // One sort: stable, so sorting the rules' findings first (as validateWorkbook does) would not
  // change the order.
  const findings = sortFindings([...parseFindings, ...runRules(workbook, { asOf: opts.asOf })]);
  const m = workbook.methodology;
  const heatMaps =
    m && workbook.risks
      ? {
          inherent: buildHeatMap(workbook.risks, m, 'inherent'),
          residual: buildHeatMap(workbook.risks, m, 'residual'),
        }
      : null;
  return {
    workbook,
    findings,
    summary: summarize(findings),
    heatMaps,
    soaProgress: soaProgress(workbook),
  };
}
