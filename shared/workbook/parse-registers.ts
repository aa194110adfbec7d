/**
 * tblAssets, tblClauses, tblFindings, tblDocuments, tblObjectives, tblReviews and tblCertification
 * rows → their model records.
 */
import type {
  Asset,
  AuditFinding,
  ClauseEntry,
  DocumentEntry,
  Milestone,
  Objective,
  ReviewEntry,
} from '../model/types';
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

export function parseDocuments(t: TableData): DocumentEntry[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      id: f.text('id'),
      title: f.text('title'),
      clause: f.text('clause'),
      kind: f.text('kind'),
      version: f.text('version'),
      owner: f.text('owner'),
      approvedBy: f.text('approvedBy'),
      approvalDate: f.date('approvalDate'),
      nextReview: f.date('nextReview'),
      location: f.text('location'),
    };
  });
}

export function parseObjectives(t: TableData): Objective[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      id: f.text('id'),
      objective: f.text('objective'),
      measure: f.text('measure'),
      target: f.cell('target'),
      actual: f.cell('actual'),
      owner: f.text('owner'),
      due: f.date('due'),
      status: f.text('status'),
    };
  });
}

export function parseReviews(t: TableData): ReviewEntry[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      meetingDate: f.date('meetingDate'),
      attendees: f.text('attendees'),
      input: f.text('input'),
      decision: f.text('decision'),
      owner: f.text('owner'),
      due: f.date('due'),
      status: f.text('status'),
    };
  });
}

export function parseMilestones(t: TableData): Milestone[] {
  return t.records.map((rec) => {
    const f = fieldsOf(t, rec);
    return {
      ref: f.ref,
      milestone: f.text('milestone'),
      planned: f.date('planned'),
      actual: f.date('actual'),
      status: f.text('status'),
      body: f.text('body'),
      auditor: f.text('auditor'),
      notes: f.text('notes'),
    };
  });
}
