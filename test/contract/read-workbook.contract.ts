/**
 * The reader contract (ARCHITECTURE.md §6): whatever host reads a workbook, the core must see the
 * same thing. `describeReadWorkbook(label, makeReader)` runs one suite against any reader of the
 * e2e defective workbook and compares `assess()` with the xlsx reader's result, the reference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import type { Assessment } from '../../shared/model/assessment';
import { assess } from '../../shared/assess';
import { readXlsx } from '../../readers';
import { DEFECTIVE_NAME, writeDefectiveWorkbook } from '../e2e/defective-workbook';

export const AS_OF = '2025-06-30';

let reference: Promise<Assessment> | null = null;

/** assess() of the workbook as the xlsx reader reads it (computed once per test file). */
export function referenceAssessment(): Promise<Assessment> {
  reference ??= writeDefectiveWorkbook().then((bytes) =>
    assess(readXlsx(bytes, { name: DEFECTIVE_NAME }), { asOf: AS_OF }),
  );
  return reference;
}

export function describeReadWorkbook(
  label: string,
  makeReader: () => Promise<WorkbookSnapshot>,
): void {
  describe(`reader contract: ${label}`, () => {
    let got: Assessment;
    let want: Assessment;
    beforeAll(async () => {
      got = assess(await makeReader(), { asOf: AS_OF });
      want = await referenceAssessment();
    });

    it('yields the same findings, at the same cells', () => {
      expect(got.findings).toEqual(want.findings);
      expect(got.summary.total).toBeGreaterThan(0);
    });

    it('yields the same workbook model', () => {
      expect(got.workbook).toEqual(want.workbook);
    });

    it('yields the same heat maps and SoA progress', () => {
      expect(got.heatMaps).toEqual(want.heatMaps);
      expect(got.soaProgress).toEqual(want.soaProgress);
    });

    it('yields a deep-equal assessment overall', () => {
      expect(got).toEqual(want);
    });
  });
}
