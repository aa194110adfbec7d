/** Test helper: workbooks holding a tblCertification (and optionally findings) for cycle tests. */
import type { Cell } from '../../../shared/grid/grid';
import type { IsmsWorkbook } from '../../../shared/model/types';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { canonicalSnapshot, snapshotFromTables, type Row } from '../../support/snapshot';

export type MilestoneRow = {
  readonly name: string;
  readonly planned?: string;
  readonly actual?: string;
  readonly status?: string;
};

export function certificationRow(m: MilestoneRow): Row {
  const row: Record<string, Cell> = { Milestone: m.name, 'Planned Date': m.planned ?? null };
  row['Actual Date'] = m.actual ?? null;
  row.Status = m.status ?? (m.actual ? 'Done' : 'Planned');
  return row;
}

export function cycleSnapshot(milestones: readonly MilestoneRow[], findings: readonly Row[] = []) {
  const base = canonicalSnapshot('cycle.xlsx', { findings });
  const cert = snapshotFromTables(
    'cycle.xlsx',
    { tblCertification: milestones.map(certificationRow) },
    { methodology: null },
  );
  return {
    ...base,
    sheets: [...base.sheets, ...cert.sheets],
    tables: [...base.tables, ...cert.tables],
  };
}

export function cycleWorkbook(
  milestones: readonly MilestoneRow[],
  findings: readonly Row[] = [],
): IsmsWorkbook {
  return parseWorkbook(cycleSnapshot(milestones, findings)).workbook;
}
