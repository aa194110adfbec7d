/** Test helper: complete, consistent rows of the canonical tables (a clean workbook has no findings). */
import { isoDateToSerial } from '../../shared/grid/cell';
import { ASSESSABLE_CLAUSES, MANDATORY_DOCUMENTS } from '../../shared/catalog/clauses';
import { CONTROLS } from '../../shared/catalog/controls';
import type { Row } from './snapshot';

/** A complete, consistent risk row (scores left to the "formulas"); override any header. */
export function cleanRisk(id: string, over: Row = {}): Row {
  return {
    'Risk ID': id,
    'Asset IDs': 'A1',
    Threat: 'Ransomware',
    Vulnerability: 'Unpatched servers',
    Description: `Encryption of file servers (${id})`,
    'Risk Owner': 'CIO',
    Likelihood: 3,
    Impact: 4,
    'Existing Controls': 'Backups',
    Treatment: 'Modify',
    'Treatment Plan': 'Patch within 14 days',
    'Annex A Controls': 'A.8.8, A.8.13',
    'Action Owner': 'IT lead',
    'Due Date': isoDateToSerial('2030-12-31'),
    Status: 'In treatment',
    'Residual Likelihood': 2,
    'Residual Impact': 3,
    'Accepted By': null,
    'Acceptance Date': null,
    'Last Reviewed': isoDateToSerial('2025-01-15'),
    ...over,
  };
}

/** All 93 controls applicable, implemented, justified and evidenced. */
export function cleanSoa(): Row[] {
  return CONTROLS.map((c) => ({
    'Control ID': `A.${c.id}`,
    'Control Title': c.title,
    Theme: c.theme,
    Applicable: 'Yes',
    Justification: 'Required to treat identified risks',
    'Implementation Status': 'Implemented',
    'How Implemented': 'Documented procedure',
    Evidence: `EV-${c.id}`,
    'Control Owner': 'CISO',
    'Linked Risks': null,
    'Last Reviewed': isoDateToSerial('2025-01-15'),
  }));
}

/** All 30 assessable clauses, conformant with evidence. */
export function cleanClauses(): Row[] {
  return ASSESSABLE_CLAUSES.map((c) => ({
    Clause: c.id,
    Title: c.title,
    Status: 'Conformant',
    'Documented Information / Evidence': `DOC-${c.id}`,
    Owner: 'ISMS manager',
    Notes: null,
  }));
}

/** The mandatory documented information, each versioned, owned, approved and in review. */
export function cleanDocuments(): Row[] {
  return MANDATORY_DOCUMENTS.map((d, i) => ({
    'Document ID': `DOC-${String(i + 1).padStart(2, '0')}`,
    Title: d.item,
    Clause: d.clause,
    Kind: d.kind === 'record' ? 'Record' : 'Document',
    Version: '1.0',
    Owner: 'ISMS manager',
    'Approved By': 'CEO',
    'Approval Date': isoDateToSerial('2025-01-10'),
    'Next Review': isoDateToSerial('2030-01-10'),
    Location: `https://intranet.example/isms/doc-${i + 1}`,
  }));
}
