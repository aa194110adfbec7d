/**
 * Child-process body of hostile-bounds.test.ts: diffs two hostile cycles — every SoA row claiming
 * the same control with its own long evidence, every risk sharing one id — and prints the item
 * count and this process's peak memory as JSON.
 */
import { diffWorkbooks } from '../../../shared/diff/diff-workbooks';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, cleanRisk } from '../../support/snapshot';

const N = 20_000;
const long = (i: number) => `EV-${i}-${'x'.repeat(500)}`;
const cycle = (name: string, shift: number) =>
  parseWorkbook(
    canonicalSnapshot(name, {
      risks: Array.from({ length: N }, (_, i) =>
        cleanRisk('R-1', { 'Risk Owner': `O${i + shift}` }),
      ),
      soa: Array.from({ length: N }, (_, i) => ({
        'Control ID': 'A.5.1',
        Applicable: 'Yes',
        'Implementation Status': 'Implemented',
        Evidence: long(i + shift),
      })),
    }),
  ).workbook;

const d = diffWorkbooks([cycle('a.xlsx', 0)], [cycle('b.xlsx', 1)], { asOf: '2025-06-30' });
process.stdout.write(
  JSON.stringify({
    items: d.items.length,
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
