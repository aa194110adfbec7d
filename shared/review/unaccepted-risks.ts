/** Risks above the acceptance threshold with no risk-owner acceptance recorded (6.1.3 f). */
import type { IsmsWorkbook } from '../model/types';
import type { ConsolidatedRisk } from '../cross/types';

/** Of `risks` (worst first), those above `threshold` whose register row has no Accepted By or date. */
export function unacceptedRisks(
  workbooks: readonly IsmsWorkbook[],
  risks: readonly ConsolidatedRisk[],
  threshold: number | null,
): ConsolidatedRisk[] {
  if (threshold === null) return [];
  const accepted = new Set(
    workbooks.flatMap((wb) =>
      (wb.risks ?? [])
        .filter((r) => r.acceptedBy && r.acceptanceDate)
        .map((r) => `${wb.name}\u0000${r.ref.sheet}\u0000${r.ref.row}`),
    ),
  );
  return risks.filter(
    (r) =>
      (r.residualScore ?? 0) > threshold &&
      !accepted.has(`${r.workbook}\u0000${r.sheet}\u0000${r.row}`),
  );
}
