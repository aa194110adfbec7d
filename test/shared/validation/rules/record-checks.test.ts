/** The record checks: assets (A.5.9), nonconformities (10.2), clause statuses (9.1), documents (7.5). */
import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../../shared/grid/cell';
import {
  canonicalSnapshot,
  cleanClauses,
  cleanRisk,
  cleanSoa,
  snapshotFromTables,
  type Row,
} from '../../../support/snapshot';
import { ruleFindings } from '../../../support/findings';

const d = isoDateToSerial;
const nc = (over: Row): Row => ({
  'Finding ID': 'NC-1',
  Source: 'Internal audit',
  Type: 'Minor NC',
  'Clause or Control': '7.2',
  Description: 'Training records incomplete',
  'Root Cause': 'No training owner',
  'Corrective Action': 'Name an owner; keep records',
  Owner: 'HR',
  Raised: d('2025-03-01'),
  Due: d('2025-05-01'),
  ...over,
});
const withNc = (...findings: Row[]) =>
  canonicalSnapshot('f.xlsx', { risks: [cleanRisk('R-1')], findings });

describe('AS-NO-OWNER', () => {
  it('reports an asset without owner', () => {
    const s = canonicalSnapshot('a.xlsx', { assets: [{ 'Asset ID': 'A1', 'Asset Name': 'CRM' }] });
    expect(ruleFindings(s, 'AS-NO-OWNER')).toMatchObject([{ severity: 'minor', row: 2 }]);
  });
  it('passes an owned asset', () => {
    const s = canonicalSnapshot('a.xlsx', { assets: [{ 'Asset ID': 'A1', Owner: 'Sales' }] });
    expect(ruleFindings(s, 'AS-NO-OWNER')).toEqual([]);
  });
});

describe('NC-NO-ROOT-CAUSE', () => {
  it('reports a nonconformity without root cause', () => {
    expect(ruleFindings(withNc(nc({ 'Root Cause': null })), 'NC-NO-ROOT-CAUSE')).toMatchObject([
      { severity: 'minor' },
    ]);
  });
  it('passes one with a root cause, and an observation without', () => {
    expect(
      ruleFindings(
        withNc(nc({}), nc({ 'Finding ID': 'O-1', Type: 'Observation', 'Root Cause': null })),
        'NC-NO-ROOT-CAUSE',
      ),
    ).toEqual([]);
  });
});

describe('NC-DUE-LONG', () => {
  it('notes a minor NC due more than 90 days after it was raised', () => {
    const fs = ruleFindings(withNc(nc({ Due: d('2025-07-01') })), 'NC-DUE-LONG');
    expect(fs).toMatchObject([{ severity: 'observation' }]);
    expect(fs[0].message).toContain('122 days');
  });
  it('passes a corrective action due within 90 days', () => {
    expect(ruleFindings(withNc(nc({})), 'NC-DUE-LONG')).toEqual([]);
  });
});

describe('NC-OVERDUE', () => {
  it('reports an open NC past its due date', () => {
    const fs = ruleFindings(withNc(nc({})), 'NC-OVERDUE');
    expect(fs).toMatchObject([{ severity: 'minor' }]);
    expect(fs[0].message).toMatch(/due on 2025-05-01 .* 2025-06-30/);
  });
  it('passes a closed NC and one not yet due', () => {
    const closed = nc({ Closed: d('2025-04-20'), 'Effectiveness Verified': 'Yes' });
    expect(
      ruleFindings(
        withNc(closed, nc({ 'Finding ID': 'NC-2', Due: d('2025-09-01') })),
        'NC-OVERDUE',
      ),
    ).toEqual([]);
  });
});

describe('NC-NOT-VERIFIED', () => {
  it('reports a closed minor NC without verified effectiveness', () => {
    expect(ruleFindings(withNc(nc({ Closed: d('2025-04-20') })), 'NC-NOT-VERIFIED')).toMatchObject([
      { severity: 'minor' },
    ]);
  });
  it('passes a verified one', () => {
    expect(
      ruleFindings(
        withNc(nc({ Closed: d('2025-04-20'), 'Effectiveness Verified': 'Yes' })),
        'NC-NOT-VERIFIED',
      ),
    ).toEqual([]);
  });
});

describe('NC-MAJOR-UNMANAGED and NC-MAJOR-OPEN', () => {
  it('grades an open major NC with no corrective action a Stage 1 major, and a managed one NC-MAJOR-OPEN', () => {
    const unmanaged = withNc(nc({ Type: 'Major NC', 'Corrective Action': null }));
    expect(ruleFindings(unmanaged, 'NC-MAJOR-UNMANAGED')).toMatchObject([
      { severity: 'major', cell: 'A2' },
    ]);
    expect(ruleFindings(unmanaged, 'NC-MAJOR-OPEN')).toEqual([]);
    const managed = withNc(nc({ Type: 'Major NC', Due: d('2025-08-01') }));
    expect(ruleFindings(managed, 'NC-MAJOR-UNMANAGED')).toEqual([]);
    expect(ruleFindings(managed, 'NC-MAJOR-OPEN')).toMatchObject([{ severity: 'major' }]);
  });
  it('passes a major NC closed and verified', () => {
    const done = withNc(
      nc({ Type: 'Major NC', Closed: d('2025-04-20'), 'Effectiveness Verified': 'Yes' }),
    );
    expect([
      ...ruleFindings(done, 'NC-MAJOR-OPEN'),
      ...ruleFindings(done, 'NC-MAJOR-UNMANAGED'),
    ]).toEqual([]);
  });
});

describe('CL-CONTRADICTED', () => {
  it('reports 5.2 Conformant while A.5.1 is Planned, and a clause Conformant with an open NC against it', () => {
    const soa = cleanSoa().map((r) =>
      r['Control ID'] === 'A.5.1' ? { ...r, 'Implementation Status': 'Planned' } : r,
    );
    const s = canonicalSnapshot('c.xlsx', {
      risks: [cleanRisk('R-1')],
      soa,
      findings: [nc({ Due: d('2025-08-01') })],
    });
    const fs = ruleFindings(s, 'CL-CONTRADICTED');
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringMatching(/Clause 5\.2 is recorded Conformant, but A\.5\.1 .* is "Planned"/),
      expect.stringMatching(
        /Clause 7\.2 is recorded Conformant, but nonconformity NC-1 against it is open/,
      ),
    ]);
    expect(fs[0]).toMatchObject({ severity: 'minor', sheet: 'Clauses' });
  });
  it('passes self-assessments the workbook bears out', () => {
    expect(
      ruleFindings(canonicalSnapshot('c.xlsx', { risks: [cleanRisk('R-1')] }), 'CL-CONTRADICTED'),
    ).toEqual([]);
  });
});

const doc = (over: Row): Row => ({
  'Document ID': 'D-1',
  Title: 'Information Security Policy',
  Clause: '5.2',
  Version: '3.0',
  Owner: 'CISO',
  'Approved By': 'CEO',
  'Approval Date': d('2025-01-10'),
  'Next Review': d('2026-01-10'),
  ...over,
});
const docs = (...rows: Row[]) =>
  snapshotFromTables('d.xlsx', { tblDocuments: rows, tblClauses: cleanClauses() });

describe('DOC-UNAPPROVED', () => {
  it('reports a document without approval', () => {
    expect(ruleFindings(docs(doc({ 'Approved By': null })), 'DOC-UNAPPROVED')).toMatchObject([
      { severity: 'minor' },
    ]);
  });
  it('passes an approved document', () => {
    expect(ruleFindings(docs(doc({})), 'DOC-UNAPPROVED')).toEqual([]);
  });
});

describe('DOC-REVIEW-OVERDUE', () => {
  it('reports a document past its next review date', () => {
    const fs = ruleFindings(docs(doc({ 'Next Review': d('2025-03-01') })), 'DOC-REVIEW-OVERDUE');
    expect(fs).toMatchObject([{ severity: 'minor' }]);
    expect(fs[0].message).toContain('2025-03-01');
  });
  it('passes a document not yet due for review', () => {
    expect(ruleFindings(docs(doc({})), 'DOC-REVIEW-OVERDUE')).toEqual([]);
  });
});
