/** A small ISMS with four control gaps, for the gap report tests (and the report writers' tests). */
import type { IsmsWorkbook } from '../../../shared/model/types';
import { isoDateToSerial } from '../../../shared/grid/cell';
import { cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';
import { workbook, type Row } from '../cross/fixtures';

function soaRows(): Row[] {
  const over: Record<string, Row> = {
    '5.15': { 'Implementation Status': 'Not implemented' },
    '6.3': { 'Implementation Status': 'Not implemented' },
    '7.4': { 'Implementation Status': 'Planned', 'Linked Risks': 'R-2' },
    '8.8': { 'Implementation Status': 'Partially implemented', 'Control Owner': 'IT lead' },
    '7.5': {
      Applicable: 'No',
      Justification: 'No premises of our own',
      'Implementation Status': null,
      Evidence: null,
    },
  };
  return cleanSoa().map((r) => ({ ...r, ...(over[String(r['Control ID']).slice(2)] ?? {}) }));
}

function clauseRows(): Row[] {
  const rows = cleanClauses()
    .filter((c) => !['9.2.2', '9.3.1', '9.3.2', '9.3.3'].includes(String(c.Clause)))
    .map((c) => (c.Clause === '4.1' ? { ...c, Status: 'Partial' } : c));
  return [
    ...rows,
    {
      Clause: '9.3',
      Title: 'Management review',
      Status: 'Partial',
      'Documented Information / Evidence': 'MR minutes 2025-03',
      Owner: 'CEO',
    },
  ];
}

export function gapWorkbook(name = 'isms.xlsx'): IsmsWorkbook {
  return workbook(name, {
    risks: [
      cleanRisk('R-1', { 'Annex A Controls': 'A.8.8, A.8.13' }),
      cleanRisk('R-2', {
        Likelihood: 5,
        Impact: 5,
        'Residual Likelihood': 4,
        'Residual Impact': 4,
        'Annex A Controls': 'A.5.15',
        'Accepted By': 'CEO',
        Status: 'Open',
        'Due Date': isoDateToSerial('2025-03-31'),
      }),
    ],
    soa: soaRows(),
    clauses: clauseRows(),
    findings: [
      {
        'Finding ID': 'IA-3',
        Source: 'Internal audit',
        Type: 'Minor NC',
        'Clause or Control': 'A.8.8',
        Description: 'Patch SLA missed',
        Owner: 'IT lead',
        Raised: isoDateToSerial('2025-02-01'),
        Due: isoDateToSerial('2025-04-01'),
      },
      {
        'Finding ID': 'IA-1',
        Source: 'Internal audit',
        Type: 'Observation',
        Description: 'Closed one',
        Closed: isoDateToSerial('2025-02-01'),
      },
    ],
  });
}
