/** tblSoA rows → `SoaEntry`; the control id is normalised to the 2022 id when it is one. */
import type { Cell } from '../grid/grid';
import type { SoaEntry } from '../model/types';
import { getControl, parseControlRef } from '../catalog/find-control';
import { formatGeneral } from '../grid/cell';
import { titleSimilarity } from '../soa/title-match';
import { parseImplementation } from '../vocabulary/implementation-status';
import { parseYesNo } from '../vocabulary/yes-no';
import { fieldsOf } from './record-fields';
import type { TableData } from './table-rows';

/**
 * An id typed as a number loses its trailing zero (`8.20` is stored as 8.2). When the host gave
 * no display text, the title decides between `8.2` and `8.20`.
 */
export function numericControlId(
  raw: Cell,
  shown: string | null,
  title: string | null,
): string | null {
  if (typeof raw !== 'number' || shown !== formatGeneral(raw) || title === null) return shown;
  const padded = `${shown}0`;
  if (!/^\d+\.\d$/.test(shown) || !getControl(padded)) return shown;
  return titleSimilarity(title, padded) > titleSimilarity(title, shown) ? padded : shown;
}

export function parseSoa(t: TableData): SoaEntry[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    const title = f.text('title');
    const idText = numericControlId(f.cell('id'), f.text('id'), title);
    const ref = idText === null ? null : parseControlRef(idText);
    return {
      ref: f.ref,
      idText,
      controlId: ref?.kind === '2022' ? ref.control.id : null,
      title,
      theme: f.text('theme'),
      applicable: parseYesNo(f.cell('applicable')),
      applicableRaw: f.cell('applicable'),
      justification: f.text('justification'),
      status: parseImplementation(f.cell('status'), { match: 'whole' }),
      statusRaw: f.cell('status'),
      howImplemented: f.text('howImplemented'),
      evidence: f.text('evidence'),
      owner: f.text('owner'),
      linkedRisks: f.list('linkedRisks'),
      lastReviewed: f.date('lastReviewed') ?? f.text('lastReviewed'),
    };
  });
}
