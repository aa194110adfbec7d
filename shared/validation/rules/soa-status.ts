/** What a workbook's own SoA says about a control: its first decided row per control id. */
import type { IsmsWorkbook, SoaEntry } from '../../model/types';

export function soaByControl(wb: IsmsWorkbook): Map<string, SoaEntry> {
  const out = new Map<string, SoaEntry>();
  for (const e of wb.soa ?? []) if (e.controlId && !out.has(e.controlId)) out.set(e.controlId, e);
  return out;
}

/** Applicable and not in operation: Planned, Not implemented, or no readable status. */
export function notInOperation(e: SoaEntry): boolean {
  return (
    e.applicable === true &&
    (e.status === null || e.status === 'Planned' || e.status === 'Not implemented')
  );
}

export function statusText(e: SoaEntry): string {
  return e.status ?? 'no implementation status';
}
