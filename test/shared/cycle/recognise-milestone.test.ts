import { describe, expect, it } from 'vitest';
import { MILESTONES } from '../../../shared/cycle/milestones';
import { recogniseMilestone } from '../../../shared/cycle/recognise-milestone';

describe('recogniseMilestone', () => {
  it('reads every name the template writes as its own milestone', () => {
    for (const m of MILESTONES) expect(recogniseMilestone(m.name), m.name).toBe(m.kind);
  });

  it('reads names as users write them', () => {
    const cases: [string, string][] = [
      ['Kick-off meeting', 'kickoff'],
      ['Gap assessment complete', 'gap-analysis'],
      ['ISMS scope defined', 'scope-approved'],
      ['Statement of Applicability signed', 'risk-assessment'],
      ['Internal audits complete', 'internal-audit'],
      ['Mgmt: management review meeting', 'management-review'],
      ['Stage 1 passed', 'stage-1'],
      ['STAGE TWO (certification audit)', 'stage-2'],
      ['Certification achieved', 'certificate-issued'],
      ['Certificate valid until', 'certificate-expiry'],
      ['1st surveillance audit', 'surveillance-1'],
      ['Surveillance (year 2)', 'surveillance-2'],
      ['Re-certification', 'recertification'],
    ];
    for (const [text, kind] of cases) expect(recogniseMilestone(text), text).toBe(kind);
  });

  it('reads French, German, Spanish and Portuguese names', () => {
    const cases: [string, string][] = [
      ['Audit de certification (étape 2)', 'stage-2'],
      ['Revue de direction', 'management-review'],
      ['Audit interne', 'internal-audit'],
      ['Überwachungsaudit 2', 'surveillance-2'],
      ['Rezertifizierungsaudit', 'recertification'],
      ['ISO 27001 Zertifikat erhalten', 'certificate-issued'],
      ['Auditoría interna', 'internal-audit'],
      ['Análise crítica pela direção', 'management-review'],
      ['Auditoría fase 1', 'stage-1'],
    ];
    for (const [text, kind] of cases) expect(recogniseMilestone(text), text).toBe(kind);
  });

  it('returns null for text that names no milestone', () => {
    for (const t of [
      null,
      '',
      '   ',
      'Budget approved by CFO',
      'Phase 1: planning',
      'Certification body selected',
    ])
      expect(recogniseMilestone(t)).toBeNull();
  });
});
