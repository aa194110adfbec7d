/** A gap report whose user text tries formula injection (xlsx) and markup injection (HTML). */
import type { GapReport } from '../../../shared/gaps/types';
import { buildGapReport } from '../../../shared/gaps/build-gap-report';
import { isoDateToSerial } from '../../../shared/grid/cell';
import { cleanRisk, cleanSoa } from '../../support/snapshot';
import { workbook } from '../../shared/cross/fixtures';
import { gapWorkbook } from '../../shared/gaps/fixtures';

export const FORMULA_OWNER = '=HYPERLINK("http://evil.example","click")';
export const PLUS_TEXT = '+cmd|"/c calc"!A1';
export const AT_TEXT = '@SUM(1,2)';
export const MINUS_TEXT = '-2+3';
export const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">';

export function hostileReport(): GapReport {
  const soa = cleanSoa().map((r) =>
    r['Control ID'] === 'A.8.9'
      ? { ...r, 'Implementation Status': 'Planned', 'Control Owner': FORMULA_OWNER }
      : r,
  );
  const wb = workbook('evil "book" <x>.xlsx', {
    risks: [
      cleanRisk('R-9', {
        Description: SCRIPT,
        'Risk Owner': AT_TEXT,
        'Annex A Controls': 'A.8.9',
        Status: PLUS_TEXT,
      }),
    ],
    soa,
    findings: [
      {
        'Finding ID': MINUS_TEXT,
        Source: 'Internal audit',
        Type: 'Minor NC',
        Description: SCRIPT,
        Due: isoDateToSerial('2030-01-01'),
      },
    ],
  });
  return buildGapReport([gapWorkbook(), wb], { asOf: '2025-06-30' });
}
