import { describe, expect, it } from 'vitest';
import type { ChangeItem } from '../../../shared/diff/change-item';
import { buildReviewPack } from '../../../shared/review/build-review-pack';
import { inputLetter } from '../../../shared/review/review-items';
import { parseWorkbook } from '../../../shared/workbook/parse-workbook';
import { populatedSnapshot, POPULATED_AS_OF } from '../../support/populated';

const wb = parseWorkbook(populatedSnapshot()).workbook;
const pack = (changes: readonly ChangeItem[] | null = null) =>
  buildReviewPack([wb], { asOf: POPULATED_AS_OF, changes });

describe('buildReviewPack', () => {
  const p = pack();

  it('names the next audit on the calendar and what is due before it', () => {
    expect(p.summary.nextAudit).toMatchObject({ milestone: 'Stage 1 audit', date: '2025-09-15' });
    expect(p.summary.nextAudit!.daysLeft).toBeGreaterThan(0);
  });

  it('summarises readiness per audit stage, the top risks and the decisions needed', () => {
    // Issue 10's stages: the open NC-7 (dated corrective action) and the controls risks rely on
    // block Stage 2; Stage 1 (documentation and planning) is ready.
    expect(p.summary.readiness).toMatchObject({
      verdict: 'stage-1',
      verdictLabel: 'Ready for Stage 1',
    });
    expect(p.summary.readiness.stages.map((s) => `${s.stage}:${s.ready}`)).toEqual([
      'Stage 1:true',
      'Stage 2:false',
    ]);
    expect(p.summary.readiness.blockers[0]).toContain('NC-7');
    expect(p.summary.topRisks.map((r) => `${r.id}:${r.owner}`)).toEqual([
      'R-2:CFO',
      'R-3:Jane Roe',
      'R-1:CIO',
      'R-4:CIO',
    ]);
    // The four major findings (issue 10's blockers) come first, then the unaccepted risk.
    expect(p.summary.decisionsNeeded.map((d) => d.category)).toEqual([
      'change',
      'change',
      'change',
      'change',
      'risk',
      'nonconformity',
    ]);
    expect(p.summary.lastReview).toBe('2025-01-20');
  });

  it('lists 9.3.2 a) the previous review actions with their status, overdue marked', () => {
    expect(
      p.previousActions.map((a) => `${a.decision}|${a.owner}|${a.status}|${a.overdue}`),
    ).toEqual(['Approve SIEM budget|CFO|In progress|true', 'Publish a trust page|CISO|Done|false']);
    expect(p.previousActions[0].location).toMatchObject({ row: 2 });
  });

  it('quotes b) c) the 4.1 and 4.2 rows and the review inputs on them', () => {
    expect(p.changes.issues[0]).toMatchObject({
      clause: '4.1',
      status: 'Partial',
      notes: 'New regulator guidance (DORA)',
    });
    expect(p.changes.parties[0].notes).toBe('Customers now require SOC 2 evidence');
    expect(p.changes.inputs.map((r) => r.letter)).toEqual(['c']);
    expect(p.changes.sinceLastReview).toBeNull();
  });

  it('reports d) nonconformities with corrective actions, audits, monitoring and objectives', () => {
    expect(
      p.performance.nonconformities.map((n) => `${n.id}:${n.type}:${n.state}:${n.owner}`),
    ).toEqual(['NC-7:Major NC:Overdue:CISO', 'NC-8:Minor NC:Open:IT lead']);
    expect(p.performance.nonconformities[0].correctiveAction).toBe('Reassess all risks');
    expect(p.performance.auditFindings.map((n) => n.id)).toEqual(['NC-7', 'NC-8']);
    expect(p.performance.audits.map((c) => c.clause)).toEqual(['9.2.1', '9.2.2']);
    expect(p.performance.monitoring.map((c) => c.clause)).toEqual(['9.1']);
    expect(
      p.performance.objectives.map((o) => `${o.id}:${o.owner}:${o.unmeasured}:${o.overdue}`),
    ).toEqual(['O-1:HR lead:false:false', 'O-2:IT lead:true:true']);
    expect(p.performance.objectives[0]).toMatchObject({
      measure: 'Share trained',
      target: '95%',
      actual: '80%',
    });
  });

  it('carries e) feedback, f) the risk picture and g) opportunities, then the 9.3.3 decisions', () => {
    expect(p.feedback.map((r) => r.input)).toEqual([
      'Customer feedback: security questionnaire delays',
    ]);
    expect(p.risk.heatMaps?.residual.total).toBe(4);
    expect(p.risk.treatment.aboveThreshold).toBe(2);
    expect(p.risk.acceptanceThreshold).toBe(9);
    expect(p.improvement.opportunities.map((o) => o.id)).toEqual(['OFI-2']);
    expect(p.improvement.clauses.map((c) => c.clause)).toEqual(['10.1', '10.2']);
    const texts = p.decisions.map((d) => d.text);
    expect(texts.some((t) => t.startsWith('Accept or treat further risk R-2'))).toBe(true);
    // R-3 is accepted by the CEO: no acceptance decision for it (its planned control A.8.16 is
    // still a decision to resolve before certification).
    expect(texts.some((t) => t.startsWith('Accept or treat further risk R-3'))).toBe(false);
    expect(p.decisions.at(-1)).toMatchObject({ category: 'improvement', ref: 'OFI-2' });
  });

  it('passes the previous review’s changes through to "changes since the last review"', () => {
    const changes: ChangeItem[] = [
      {
        area: 'risk',
        kind: 'changed',
        id: 'R-2',
        field: 'residualScore',
        before: '20',
        after: '16',
      },
      { area: 'finding', kind: 'added', id: 'NC-7', field: null, before: null, after: null },
    ];
    expect(pack(changes).changes.sinceLastReview).toEqual(changes);
  });

  it('classes review inputs by an explicit 9.3.2 letter first, then by their wording', () => {
    expect(inputLetter('9.3.2 f) risk assessment results')).toBe('f');
    expect(inputLetter('g) improvement ideas')).toBe('g');
    expect(inputLetter('Feedback from interested parties')).toBe('e');
    expect(inputLetter('Changes in external issues')).toBe('b');
    expect(inputLetter('Lunch')).toBeNull();
  });
});
