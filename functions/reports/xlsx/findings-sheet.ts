/** Findings sheet (every validation finding of the set) and Readiness sheet (score, verdict, areas). */
import type { Worksheet } from 'exceljs';
import type { GapReport } from '../../../shared/gaps';
import { addTable, note, title, xv } from './sheet-kit';

export function writeFindingsSheet(ws: Worksheet, r: GapReport): void {
  addTable(ws, {
    name: 'tblValidationFindings',
    ref: 'A1',
    columns: [
      { header: 'Severity', width: 12 },
      { header: 'Rule', width: 22 },
      { header: 'Workbook', width: 18 },
      { header: 'Sheet', width: 12 },
      { header: 'Cell', width: 8 },
      { header: 'Message', width: 100 },
    ],
    rows: r.findings.map((f) => [
      f.severity,
      f.rule,
      f.workbook,
      xv(f.sheet),
      xv(f.cell),
      f.message,
    ]),
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export function writeReadinessSheet(ws: Worksheet, r: GapReport): void {
  const x = r.readiness;
  title(ws, 'A1', `Certification readiness: ${x.overall}/100 — ${x.verdictLabel}`, 14);
  note(ws, 'A2', x.verdictReason);
  const t = addTable(ws, {
    name: 'tblReadinessAreas',
    ref: 'A4',
    columns: [
      { header: 'Area', width: 34 },
      { header: 'Score /100', width: 12 },
    ],
    rows: x.areas.map((a) => [a.name, a.score]),
  });
  x.blockers.forEach((b, i) => note(ws, `A${t.lastRow + 2 + i}`, `Blocker: ${b}`));
}
