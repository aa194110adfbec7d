/**
 * A register sheet (Assets, Risks, SoA, …): one table from A1 with the header row and id column
 * frozen, list validations and formats down to SPARE_ROWS below the data; on Risks the scale-level
 * lists, the four calculated columns and the rating-band colours.
 */
import type { Methodology } from '../../model/types';
import { columnLetter } from '../../grid/address';
import { RISKS, type TableDef } from '../canonical';
import { bandFormats, riskFormulas } from '../formulas';
import { tableCells, tableColumns, type InputRow } from './input-rows';
import type { MethodologyRanges } from './methodology-sheet';
import { columnOf, lastRow, listValidations, planTable, SPARE_ROWS } from './table-plan';
import type { ConditionalFormat, SheetPlan, TablePlan } from './types';

const RISK_CENTERED = new Set([
  'Likelihood',
  'Impact',
  'Inherent Score',
  'Inherent Rating',
  'Residual Likelihood',
  'Residual Impact',
  'Residual Score',
  'Residual Rating',
]);

/** Score and rating cells filled when the rating in the same row reads a band's name: `$J2="High"`. */
function ratingFormat(
  t: TablePlan,
  m: Methodology,
  score: string,
  rating: string,
  last: number,
): ConditionalFormat {
  const [s, r] = [columnOf(t, score), columnOf(t, rating)];
  const first = t.top + 1;
  const ref = `${columnLetter(Math.min(s, r))}${first}:${columnLetter(Math.max(s, r))}${last}`;
  return {
    ref,
    rules: bandFormats(m).map((b) => ({
      type: 'expression' as const,
      formula: `$${columnLetter(r)}${first}="${b.band.replace(/"/g, '""')}"`,
      fill: b.fill,
      font: b.font,
    })),
  };
}

function calculatedColumns(m: Methodology): Record<string, string> {
  const f = riskFormulas(m);
  return {
    'Inherent Score': f.inherentScore,
    'Inherent Rating': f.inherentRating,
    'Residual Score': f.residualScore,
    'Residual Rating': f.residualRating,
  };
}

export type DataSheetInput = {
  readonly def: TableDef;
  readonly rows: readonly InputRow[];
  readonly methodology: Methodology;
  /** The Methodology tables are in the workbook: formulas, level lists and band colours apply. */
  readonly scoring: MethodologyRanges | null;
};

export function dataSheet({ def, rows, methodology: m, scoring }: DataSheetInput): SheetPlan {
  const isRisks = def.table === RISKS.table;
  const columns = tableColumns(def, rows);
  const t = planTable({
    name: def.table,
    columns,
    rows: tableCells(def, columns, rows, m, scoring !== null),
    top: 1,
    left: 1,
    register: true,
    ...(isRisks ? { center: RISK_CENTERED } : {}),
    ...(isRisks && scoring ? { calculated: calculatedColumns(m) } : {}),
  });
  const last = lastRow(t) + SPARE_ROWS;
  const levels: Record<string, string> =
    isRisks && scoring
      ? {
          Likelihood: scoring.likelihoodLevels,
          'Residual Likelihood': scoring.likelihoodLevels,
          Impact: scoring.impactLevels,
          'Residual Impact': scoring.impactLevels,
        }
      : {};
  const formats =
    isRisks && scoring
      ? [
          ratingFormat(t, m, 'Inherent Score', 'Inherent Rating', last),
          ratingFormat(t, m, 'Residual Score', 'Residual Rating', last),
        ]
      : [];
  return {
    name: def.sheet,
    kind: 'data',
    widths: t.columns.map((c, i) => ({ col: i + 1, width: c.width, wrap: c.wrap })),
    texts: [],
    tables: [t],
    validations: listValidations(t, last, levels),
    formats,
    fills: [],
    freeze: { rows: 1, cols: 1 },
    gridLines: true,
    // The register is wide (24 columns): A3 keeps it legible when fitted to one page width.
    print: { paper: isRisks ? 'A3' : 'A4', repeatHeader: true },
  };
}
