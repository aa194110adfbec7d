/** tblSoA rows → `SoaEntry`; the control id is normalised to the 2022 id when it is one. */
import type { SoaEntry } from '../model/types';
import { parseControlRef } from '../catalog/find-control';
import { parseImplementation, parseYesNo } from './enum-values';
import { fieldsOf } from './record-fields';
import type { TableData } from './table-rows';

export function parseSoa(t: TableData): SoaEntry[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    const idText = f.text('id');
    const ref = idText === null ? null : parseControlRef(idText);
    return {
      ref: f.ref,
      idText,
      controlId: ref?.kind === '2022' ? ref.control.id : null,
      title: f.text('title'),
      theme: f.text('theme'),
      applicable: parseYesNo(f.cell('applicable')),
      applicableRaw: f.cell('applicable'),
      justification: f.text('justification'),
      status: parseImplementation(f.cell('status')),
      statusRaw: f.cell('status'),
      howImplemented: f.text('howImplemented'),
      evidence: f.text('evidence'),
      owner: f.text('owner'),
      linkedRisks: f.list('linkedRisks'),
      lastReviewed: f.date('lastReviewed') ?? f.text('lastReviewed'),
    };
  });
}
