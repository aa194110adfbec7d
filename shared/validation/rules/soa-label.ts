/** How SoA findings name the row's control: `A.5.15 Access control`, else the id as written. */
import { getControl } from '../../catalog/find-control';
import type { SoaEntry } from '../../model/types';
import { controlName } from '../messages';

export function soaControlLabel(e: SoaEntry): string {
  const c = e.controlId ? getControl(e.controlId) : undefined;
  return c ? controlName(c) : `"${e.idText ?? `row ${e.ref.row}`}"`;
}
