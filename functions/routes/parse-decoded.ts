/**
 * Decoded uploads → workbook models for the multi-workbook operations (check, gap report,
 * readiness). Findings from reading and parsing travel beside the models so none is lost.
 */
import type { IsmsWorkbook } from '../../shared/model';
import type { Finding } from '../../shared/validation';
import type { DecodedWorkbook } from '../http/read-upload';
import type { Services } from '../http/services';

export type ParsedSet = {
  readonly workbooks: readonly IsmsWorkbook[];
  /** Reading (malformed CSV rows) and parsing (METH-MISSING, missing tables…) findings. */
  readonly findings: readonly Finding[];
};

export function parseDecoded(
  decoded: readonly DecodedWorkbook[],
  services: Pick<Services, 'parseWorkbook'>,
): ParsedSet {
  const workbooks: IsmsWorkbook[] = [];
  const findings: Finding[] = [];
  for (const d of decoded) {
    const parsed = services.parseWorkbook(d.snapshot);
    workbooks.push(parsed.workbook);
    // Element by element: push(...list) overflows the stack on a million findings.
    for (const f of d.readFindings) findings.push(f);
    for (const f of parsed.findings) findings.push(f);
  }
  return { workbooks, findings };
}
