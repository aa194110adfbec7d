/** Clauses, Control gaps and Roadmap sheets, each one Excel Table with status and band colours. */
import type { Worksheet } from 'exceljs';
import type { GapReport } from '../../../shared/gaps';
import { addTable, fillCell, xv } from './sheet-kit';
import { CLAUSE_COLORS, IMPLEMENTATION_COLORS, controlLabel, locationText } from '../text';

export function writeClausesSheet(ws: Worksheet, r: GapReport): void {
  const t = addTable(ws, {
    name: 'tblClauseMatrix',
    ref: 'A1',
    columns: [
      { header: 'Clause', width: 9 },
      { header: 'Section', width: 26 },
      { header: 'Requirement', width: 50 },
      { header: 'Status', width: 15 },
      { header: 'Recorded', width: 10 },
      { header: 'Documented Information / Evidence', width: 40 },
      { header: 'Owner', width: 18 },
      { header: 'Notes', width: 30 },
      { header: 'Source', width: 30 },
    ],
    rows: r.clauses.map((c) => [
      c.id,
      c.section,
      c.title,
      c.status,
      c.recorded ? 'Yes' : 'No',
      xv(c.evidence),
      xv(c.owner),
      xv(c.notes),
      locationText(c.source),
    ]),
  });
  r.clauses.forEach((c, i) =>
    fillCell(
      ws.getCell(t.firstRow + i, 4),
      CLAUSE_COLORS[c.status].fill,
      CLAUSE_COLORS[c.status].text,
    ),
  );
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export function writeGapsSheet(ws: Worksheet, r: GapReport): void {
  const t = addTable(ws, {
    name: 'tblControlGaps',
    ref: 'A1',
    columns: [
      { header: 'Control', width: 9 },
      { header: 'Title', width: 44 },
      { header: 'Theme', width: 14 },
      { header: 'Implementation Status', width: 20 },
      { header: 'Owner', width: 18 },
      { header: 'Linked Risks', width: 24 },
      { header: 'Worst Residual Rating', width: 14 },
      { header: 'Worst Residual Score', width: 12 },
      { header: 'Effort', width: 9 },
      { header: 'Effort Basis', width: 50 },
      { header: 'Person-days', width: 11 },
      { header: 'Source', width: 28 },
    ],
    rows: r.controlGaps.map((g) => [
      controlLabel(g.controlId),
      g.title,
      g.theme,
      g.status ?? 'No status',
      xv(g.owner),
      g.linkedRisks.map((l) => l.id).join(', ') || null,
      xv(g.worstResidual.rating),
      xv(g.worstResidual.score),
      g.effort.class,
      g.effort.reason,
      g.effort.personDays,
      locationText(g.source),
    ]),
  });
  r.controlGaps.forEach((g, i) => {
    const s = IMPLEMENTATION_COLORS[g.status ?? 'No status'];
    fillCell(ws.getCell(t.firstRow + i, 4), s.fill, s.text);
    if (g.worstResidual.color) fillCell(ws.getCell(t.firstRow + i, 7), g.worstResidual.color);
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

export function writeRoadmapSheet(ws: Worksheet, r: GapReport): void {
  const t = addTable(ws, {
    name: 'tblRoadmap',
    ref: 'A1',
    columns: [
      { header: 'Order', width: 7 },
      { header: 'Phase', width: 7 },
      { header: 'Item', width: 11 },
      { header: 'Title', width: 36 },
      { header: 'Kind', width: 13 },
      { header: 'Action', width: 44 },
      { header: 'Owner', width: 16 },
      { header: 'Status', width: 16 },
      { header: 'Worst Residual Rating', width: 12 },
      { header: 'Linked Risks', width: 18 },
      { header: 'Register Due', width: 12 },
      { header: 'Start', width: 11 },
      { header: 'Finish By', width: 11 },
      { header: 'Late for Audit', width: 9 },
      { header: 'Effort', width: 9 },
      { header: 'Person-days', width: 10 },
    ],
    rows: r.roadmap.map((x) => [
      x.order,
      x.phase,
      x.ref,
      xv(x.title),
      x.kind,
      x.action,
      xv(x.owner),
      xv(x.status),
      xv(x.worstResidual.rating),
      x.linkedRisks.join(', ') || null,
      xv(x.due),
      xv(x.start),
      xv(x.finish),
      x.lateForAudit ? 'Yes' : null,
      x.effort,
      x.personDays,
    ]),
  });
  r.roadmap.forEach((x, i) => {
    if (x.worstResidual.color) fillCell(ws.getCell(t.firstRow + i, 9), x.worstResidual.color);
    if (x.lateForAudit) fillCell(ws.getCell(t.firstRow + i, 14), '#FFC7CE');
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}
