/** tblAssets, tblClauses and tblFindings rows → `Asset`, `ClauseEntry`, `AuditFinding`. */
import type { Asset, AuditFinding, ClauseEntry } from '../model/types';
import { parseAuditSource, parseFindingType } from '../vocabulary/audit-finding';
import { parseClauseStatus } from '../vocabulary/clause-status';
import { parseYesNo } from '../vocabulary/yes-no';
import { fieldsOf } from './record-fields';
import type { TableData } from './table-rows';

export function parseAssets(t: TableData): Asset[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      id: f.text('id'),
      name: f.text('name'),
      type: f.text('type'),
      owner: f.text('owner'),
      location: f.text('location'),
      classification: f.text('classification'),
      confidentiality: f.cell('confidentiality'),
      integrity: f.cell('integrity'),
      availability: f.cell('availability'),
    };
  });
}

export function parseClauses(t: TableData): ClauseEntry[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      id: f.text('id'),
      title: f.text('title'),
      status: parseClauseStatus(f.cell('status'), { match: 'whole' }),
      statusRaw: f.cell('status'),
      evidence: f.text('evidence'),
      owner: f.text('owner'),
      notes: f.text('notes'),
    };
  });
}

export function parseAuditFindings(t: TableData): AuditFinding[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      id: f.text('id'),
      source: parseAuditSource(f.cell('source')),
      sourceRaw: f.cell('source'),
      type: parseFindingType(f.cell('type')),
      typeRaw: f.cell('type'),
      reference: f.text('reference'),
      description: f.text('description'),
      rootCause: f.text('rootCause'),
      correctiveAction: f.text('correctiveAction'),
      owner: f.text('owner'),
      raised: f.date('raised'),
      due: f.date('due'),
      closed: f.date('closed'),
      effectivenessVerified: parseYesNo(f.cell('effectivenessVerified')),
    };
  });
}
