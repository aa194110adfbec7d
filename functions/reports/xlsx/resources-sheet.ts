/** Resources sheet: person-days by effort class, theme and owner, and the rates used. */
import type { Worksheet } from 'exceljs';
import type { GapReport, ResourceLine } from '../../../shared/gaps';
import { addTable, note, title } from './sheet-kit';

const rows = (lines: readonly ResourceLine[], total: ResourceLine) => [
  ...lines.map((l) => [l.key, l.gaps, l.personDays]),
  ['Total', total.gaps, total.personDays],
];

export function writeResourcesSheet(ws: Worksheet, r: GapReport): void {
  const res = r.resources;
  title(ws, 'A1', 'Resource estimate', 14);
  note(
    ws,
    'A2',
    'Person-days per gap by effort class (half, rounded up, for partially implemented controls); effort from ISO/IEC 27002 theme and operational capabilities, calibrated per control, overridable in tblEffort (docs/gap-report.md).',
  );
  let at =
    addTable(ws, {
      name: 'tblEffortRates',
      ref: 'A4',
      columns: [
        { header: 'Effort', width: 24 },
        { header: 'Person-days (not started)', width: 14 },
        { header: 'Person-days (partial)', width: 14 },
      ],
      rows: (['Low', 'Medium', 'High'] as const).map((c) => [
        c,
        res.rates[c].full,
        res.rates[c].partial,
      ]),
    }).lastRow + 2;
  title(ws, `A${at}`, 'By line (clause work, controls, tooling, consultancy)', 12);
  at =
    addTable(ws, {
      name: 'tblByLine',
      ref: `A${at + 1}`,
      columns: [{ header: 'Line' }, { header: 'Items' }, { header: 'Person-days' }],
      rows: [
        ...res.lines.map((l) => [l.key, l.gaps, l.personDays]),
        ['Total', null, res.grandTotal],
      ],
    }).lastRow + 2;
  for (const [name, label, lines] of [
    ['tblByEffort', 'Effort', res.byClass],
    ['tblByTheme', 'Theme', res.byTheme],
    ['tblByOwner', 'Owner', res.byOwner],
  ] as const) {
    title(ws, `A${at}`, `By ${label.toLowerCase()}`, 12);
    at =
      addTable(ws, {
        name,
        ref: `A${at + 1}`,
        columns: [{ header: label }, { header: 'Gaps' }, { header: 'Person-days' }],
        rows: rows(lines, res.total),
      }).lastRow + 2;
  }
}
