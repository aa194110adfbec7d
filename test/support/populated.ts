/**
 * Test helper: a populated ISMS workbook for the report tests — risks with owners and due dates
 * (one above the acceptance threshold without approval, one overdue without an action owner),
 * an SoA with gaps and an exclusion a risk relies on, clause statuses, audit findings (an open
 * major NC, a minor NC, an opportunity for improvement), objectives, management reviews, the SoA
 * in the Documents table, the next audits in tblCertification and effort overrides in tblEffort.
 */
import type { WorkbookSnapshot } from '../../shared/grid/grid';
import { isoDateToSerial } from '../../shared/grid/cell';
import { cleanClauses, cleanDocuments, cleanRisk, cleanSoa, snapshotFromTables } from './snapshot';

const d = (iso: string) => isoDateToSerial(iso);

const SOA_OVER: Record<string, Record<string, string | null>> = {
  'A.5.30': { 'Implementation Status': 'Not implemented', 'Control Owner': 'COO' },
  'A.5.19': { 'Implementation Status': 'Partially implemented', 'Control Owner': 'Procurement' },
  'A.8.16': {
    'Implementation Status': 'Planned',
    'Control Owner': 'SOC lead',
    'Linked Risks': 'R-3',
  },
  'A.7.4': {
    Applicable: 'No',
    Justification: 'No premises of our own',
    'Implementation Status': null,
    Evidence: null,
  },
};

export const POPULATED_AS_OF = '2025-06-30';

export function populatedSnapshot(
  name = 'Acme ISMS.xlsx',
  formulaOwner = 'Jane Roe',
): WorkbookSnapshot {
  return snapshotFromTables(name, {
    tblAssets: [],
    tblRisks: [
      cleanRisk('R-1', { 'Annex A Controls': 'A.8.8' }),
      cleanRisk('R-2', {
        Likelihood: 5,
        Impact: 5,
        'Residual Likelihood': 4,
        'Residual Impact': 4,
        'Annex A Controls': 'A.5.30, A.7.4',
        'Risk Owner': 'CFO',
        'Action Owner': null,
        'Due Date': d('2025-03-31'),
        Status: 'Open',
        'Treatment Plan': 'Build DR site',
      }),
      cleanRisk('R-3', {
        Likelihood: 4,
        Impact: 4,
        'Residual Likelihood': 3,
        'Residual Impact': 4,
        'Annex A Controls': 'A.8.16',
        'Risk Owner': formulaOwner,
        'Accepted By': 'CEO',
        'Acceptance Date': d('2025-02-01'),
        'Due Date': d('2025-09-30'),
      }),
      cleanRisk('R-4', {
        Treatment: 'Retain',
        'Annex A Controls': '',
        'Residual Likelihood': 1,
        'Residual Impact': 1,
      }),
    ],
    tblSoA: cleanSoa().map((r) => ({ ...r, ...(SOA_OVER[String(r['Control ID'])] ?? {}) })),
    tblClauses: cleanClauses().map((c) =>
      c.Clause === '4.1'
        ? { ...c, Status: 'Partial', Notes: 'New regulator guidance (DORA)' }
        : c.Clause === '4.2'
          ? { ...c, Notes: 'Customers now require SOC 2 evidence' }
          : c.Clause === '8.2'
            ? { ...c, Status: 'Nonconformant' }
            : c,
    ),
    tblFindings: [
      {
        'Finding ID': 'NC-7',
        Source: 'Internal audit',
        Type: 'Major NC',
        'Clause or Control': '8.2',
        Description: 'Risk assessment not repeated after the merger',
        'Corrective Action': 'Reassess all risks',
        Owner: 'CISO',
        Raised: d('2025-04-01'),
        Due: d('2025-05-15'),
      },
      {
        'Finding ID': 'NC-8',
        Source: 'Internal audit',
        Type: 'Minor NC',
        'Clause or Control': 'A.8.8',
        Description: 'Patch SLA missed',
        Owner: 'IT lead',
        Raised: d('2025-04-01'),
        Due: d('2025-08-01'),
      },
      {
        'Finding ID': 'OFI-2',
        Source: 'Management review',
        Type: 'Opportunity for improvement',
        Description: 'Automate access reviews',
        Owner: 'CISO',
        Raised: d('2025-03-01'),
      },
    ],
    tblObjectives: [
      {
        'Objective ID': 'O-1',
        Objective: 'Train all staff',
        Measure: 'Share trained',
        Target: '95%',
        Actual: '80%',
        Owner: 'HR lead',
        Due: d('2025-12-31'),
        Status: 'On track',
      },
      {
        'Objective ID': 'O-2',
        Objective: 'Patch critical systems fast',
        Measure: null,
        Target: '14 days',
        Owner: 'IT lead',
        Due: d('2025-05-31'),
        Status: 'At risk',
      },
    ],
    tblReviews: [
      {
        'Meeting Date': d('2025-01-20'),
        Attendees: 'CEO, CISO, CFO',
        'Input Covered': '9.3.2 a) actions from previous reviews',
        'Decision or Action': 'Approve SIEM budget',
        Owner: 'CFO',
        Due: d('2025-03-31'),
        Status: 'In progress',
      },
      {
        'Meeting Date': d('2025-01-20'),
        'Input Covered': 'Customer feedback: security questionnaire delays',
        'Decision or Action': 'Publish a trust page',
        Owner: 'CISO',
        Due: d('2025-06-01'),
        Status: 'Done',
      },
      {
        'Meeting Date': d('2025-01-20'),
        'Input Covered': 'Changes in interested parties: new NIS2 obligations',
      },
    ],
    // Every mandatory document approved; the SoA's own row carries its document control.
    tblDocuments: cleanDocuments().map((r) =>
      r.Clause === '6.1.3 d)'
        ? {
            ...r,
            'Document ID': 'DOC-4',
            Title: 'Statement of Applicability',
            Version: '3.1',
            Owner: 'CISO',
            'Approved By': 'CEO',
            'Approval Date': d('2025-02-10'),
            'Next Review': d('2026-02-10'),
          }
        : r,
    ),
    tblCertification: [
      {
        Milestone: 'Stage 1 audit',
        'Planned Date': d('2025-09-15'),
        Status: 'Planned',
        'Certification Body': 'CB Ltd',
      },
      { Milestone: 'Stage 2 audit', 'Planned Date': d('2025-11-20'), Status: 'Planned' },
    ],
    tblEffort: [
      { Item: 'A.8.16', 'Person-days': 20, Reason: 'Our SOC is outsourced' },
      { Item: 'Consultancy', 'Person-days': '25%' },
    ],
  });
}
