/** The ISMS-level rules: absences an auditor raises as a major nonconformity at Stage 1. */
import { describe, expect, it } from 'vitest';
import { isoDateToSerial } from '../../../../shared/grid/cell';
import { runSetRules } from '../../../../shared/validation/validate-workbook';
import { keyWords } from '../../../../shared/validation/set-rules/doc-missing';
import { MANDATORY_DOCUMENTS } from '../../../../shared/catalog/clauses';
import { cleanClauses, cleanRisk, type Row } from '../../../support/snapshot';
import { partial, workbook } from '../../cross/fixtures';

const asOf = '2025-06-30';
const rules = (wbs: Parameters<typeof runSetRules>[0]) =>
  runSetRules(wbs, { asOf }).map((f) => `${f.rule}:${f.severity}`);

describe('ISMS-NO-SOA, ISMS-NO-METHODOLOGY, ISMS-NO-INTERNAL-AUDIT, ISMS-NO-MANAGEMENT-REVIEW', () => {
  it('raise each absence once for the set, as major', () => {
    const assetsOnly = partial(
      's.xlsx',
      { tblAssets: [{ 'Asset ID': 'A1', Owner: 'IT' }] },
      { methodology: null },
    );
    expect(rules([assetsOnly]).sort()).toEqual([
      'ISMS-NO-INTERNAL-AUDIT:major',
      'ISMS-NO-MANAGEMENT-REVIEW:major',
      'ISMS-NO-METHODOLOGY:major',
      'ISMS-NO-SOA:major',
    ]);
  });
  it('are satisfied by the set as a whole: a register workbook and an SoA workbook', () => {
    const register = partial('r.xlsx', {
      tblRisks: [cleanRisk('R-1')],
      tblClauses: cleanClauses(),
    });
    const soa = workbook('s.xlsx');
    expect(rules([register])).toEqual(['ISMS-NO-SOA:major']);
    expect(rules([register, soa])).toEqual([]);
  });
  it('take a management review meeting or an internal-audit finding as the record', () => {
    const noClauses = (extra: Record<string, Row[]>) =>
      partial('x.xlsx', { tblRisks: [cleanRisk('R-1')], ...extra });
    const audit = {
      'Finding ID': 'IA-1',
      Source: 'Internal audit',
      Type: 'Observation',
      Raised: isoDateToSerial('2025-04-01'),
    };
    const review = { 'Meeting Date': isoDateToSerial('2025-05-15'), Input: 'Audit results' };
    expect(rules([noClauses({ tblFindings: [audit], tblReviews: [review] })])).toEqual([
      'ISMS-NO-SOA:major',
    ]);
  });
  it('judge nothing in a workbook with no ISMS table (WB-NO-ISMS-TABLES says it was not checked)', () => {
    expect(rules([partial('foreign.xlsx', {}, { methodology: null })])).toEqual([]);
  });
});

describe('DOC-MISSING', () => {
  const docsWb = () => workbook('d.xlsx', { risks: [cleanRisk('R-1')] });
  it('lists the mandatory items no documents register names, matched by clause or title words', () => {
    const wb = {
      ...docsWb(),
      documents: [
        {
          ref: { sheet: 'Documents', row: 2, columns: {} },
          id: 'D-1',
          title: 'ISMS Scope Statement',
          clause: null,
          kind: null,
          version: '1',
          owner: 'CISO',
          approvedBy: 'CEO',
          approvalDate: '2025-01-01',
          nextReview: '2026-01-01',
          location: null,
        },
        {
          ref: { sheet: 'Documents', row: 3, columns: {} },
          id: 'D-2',
          title: 'Policy',
          clause: '5.2',
          kind: null,
          version: '1',
          owner: 'CISO',
          approvedBy: 'CEO',
          approvalDate: '2025-01-01',
          nextReview: '2026-01-01',
          location: null,
        },
      ],
    };
    const fs = runSetRules([wb], { asOf }).filter((f) => f.rule === 'DOC-MISSING');
    const missing = fs.map((f) => f.message.match(/lists no "([^"]+)"/)?.[1]);
    expect(missing).not.toContain('Scope of the ISMS');
    expect(missing).not.toContain('Information security policy');
    // The workbook itself is the methodology, the SoA and the risk register.
    expect(missing).not.toContain('Statement of Applicability');
    expect(missing).toContain('Evidence of competence');
    expect(fs[0]).toMatchObject({ severity: 'major', sheet: 'Documents' });
  });
  it('does not run without a documents register', () => {
    expect(runSetRules([docsWb()], { asOf }).filter((f) => f.rule === 'DOC-MISSING')).toEqual([]);
  });
  it('takes each item by its identifying title words', () => {
    const words = MANDATORY_DOCUMENTS.map((m) => keyWords(m.item).join(' '));
    expect(words).toContain('scope');
    expect(words).toContain('policy');
    expect(words).toContain('competence');
  });
});
