/** Workbooks for the cross-workbook tests, built the way the hosts build them: snapshot → parseWorkbook. */
import type { IsmsWorkbook, Methodology } from '../../../shared/model/types';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import {
  canonicalSnapshot,
  cleanRisk,
  cleanSoa,
  snapshotFromTables,
  type CanonicalParts,
  type Row,
  type SnapshotOptions,
} from '../../support/snapshot';

export { cleanRisk, cleanSoa };
export type { Row };

export function workbook(
  name: string,
  parts: CanonicalParts = {},
  opts: SnapshotOptions = {},
): IsmsWorkbook {
  return parseWorkbook(canonicalSnapshot(name, parts, opts)).workbook;
}

/** A workbook holding only the given tables (and the methodology unless `methodology: null`). */
export function partial(
  name: string,
  tables: Record<string, readonly Row[]>,
  opts: SnapshotOptions = {},
): IsmsWorkbook {
  return parseWorkbook(snapshotFromTables(name, tables, opts)).workbook;
}

/** A 3×3 method: product 1–9, Low 1–2, Medium 3–4, High 6–9, accept up to 4. */
export const THREE_BY_THREE: Methodology = {
  likelihood: [
    { level: 1, label: 'Low', description: 'Unlikely' },
    { level: 2, label: 'Medium', description: 'Possible' },
    { level: 3, label: 'High', description: 'Likely' },
  ],
  impact: [
    { level: 1, label: 'Low', description: 'Minor' },
    { level: 2, label: 'Medium', description: 'Moderate' },
    { level: 3, label: 'High', description: 'Severe' },
  ],
  formula: 'product',
  matrix: null,
  bands: [
    { name: 'Low', min: 1, max: 2, color: '#92D050' },
    { name: 'Medium', min: 3, max: 4, color: '#FFEB84' },
    { name: 'High', min: 5, max: 9, color: '#FF5B5B' },
  ],
  acceptanceThreshold: 4,
};

/** SoA rows with some controls excluded (`Applicable` No, justified). */
export function soaExcluding(...ids: string[]): Row[] {
  return cleanSoa().map((r) =>
    ids.includes(String(r['Control ID']).replace(/^A\./, ''))
      ? {
          ...r,
          Applicable: 'No',
          Justification: 'No such activity in scope',
          'Implementation Status': null,
          Evidence: null,
        }
      : r,
  );
}
