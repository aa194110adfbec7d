/**
 * Every user-facing sentence of readiness: the verdict, its stages and each deduction's reason
 * (docs/readiness.md). Nothing else in shared/readiness writes text.
 */
import type { StageId } from '../validation/rule';

const STAGE_NAME: Readonly<Record<StageId, string>> = { stage1: 'Stage 1', stage2: 'Stage 2' };

export const STAGE_TEXT = {
  /** `Clause 6.1.3 d)` for a clause, the control itself for an Annex A reference. */
  ref: (clause: string) => (clause.startsWith('A.') ? clause : `Clause ${clause}`),
  label: (stage: StageId, ready: boolean) =>
    `${ready ? 'Ready' : 'Not ready'} for ${STAGE_NAME[stage]}`,
  below: (overall: number, min: number) => `Overall score ${overall} is below ${min}.`,
  weakAreas: (names: readonly string[], min: number) =>
    `${names.join(', ')} ${names.length > 1 ? 'are' : 'is'} below ${min}/100.`,
  nonconformant: (clauses: readonly string[]) =>
    `The self-assessment has clause ${clauses.join(', ')} recorded nonconformant.`,
  stage1First: () => 'Stage 1 is not ready, so neither is Stage 2.',
  notChecked: (names: readonly string[]) =>
    `${names.join(', ')} could not be checked (no ISMS tables found): convert ` +
    `${names.length > 1 ? 'them' : 'it'} first (isms import, or Convert in the add-in).`,
  ready1: (overall: number, min: number) =>
    `No Stage 1 blocker (documentation and planning are in place) and overall ${overall} ≥ ${min}.`,
  ready2: (overall: number, min: number, area: number) =>
    `No major finding, overall ${overall} ≥ ${min}, every area ≥ ${area} and no clause nonconformant.`,
  verdictBlocked: (n: number) =>
    `${n} Stage 1 blocker(s): major nonconformities an auditor would raise at Stage 1.`,
  capped: (reason: string, left: number) =>
    `${reason} (capped: the area had ${left} point(s) left)`,
  blocks2: (n: number) => `${n} major finding(s) block Stage 2.`,
  verdictStage1: (overall: number, min: number, why: string) =>
    `No Stage 1 blocker and overall ${overall} ≥ ${min}; not yet Stage 2: ${why}`,
};

/** The reason of each deduction, by check code (docs/readiness.md). */
export const DEDUCTION_TEXT = {
  'CLAUSE-MISSING': (name: string) =>
    `Clause ${name} is not in any clause register (tblClauses): conformance not assessed.`,
  'CLAUSE-CONTRADICTED': (name: string) =>
    `Clause ${name} is marked Conformant but the workbook contradicts it (CL-CONTRADICTED).`,
  'CLAUSE-NO-EVIDENCE': (name: string) =>
    `Clause ${name} is marked Conformant without documented information or evidence (7.5).`,
  'CLAUSE-PARTIAL': (name: string) => `Clause ${name} is only partially conformant.`,
  'CLAUSE-NONCONFORMANT': (name: string) => `Clause ${name} is recorded as nonconformant.`,
  'CLAUSE-NOT-ASSESSED': (name: string) =>
    `Clause ${name} has not been assessed (status Not assessed or unreadable).`,
  'AA-NO-SOA': () =>
    'No Statement of Applicability: implementation of Annex A controls cannot be shown (6.1.3 d, 8.1).',
  'AA-NONE-APPLICABLE': () => 'No Annex A control is marked applicable in the SoA (6.1.3 c–d).',
  'AA-GROUP': (
    n: number,
    of: number,
    label: string,
    ids: string,
    max: number,
    weight: number,
    points: number,
  ) =>
    `${n} of ${of} applicable controls ${label} (${ids}): ` +
    `ceil(${max} × ${n} × ${weight} ÷ ${of}) = ${points}.`,
  'RA-METHOD-MISSING': (names: string) =>
    `No documented risk assessment methodology (risk criteria, scales, acceptance criteria) in ${names} (6.1.2 a–b).`,
  'RA-METHOD-INVALID': (names: string) =>
    `The risk methodology of ${names} is invalid (scales or bands do not fit, see METH-INVALID) (6.1.2 b).`,
  'RA-OWNER': (n: number) => `${n} risk(s) without a risk owner (6.1.2 c 2).`,
  'RA-ANALYSIS': (n: number) =>
    `${n} risk(s) without a likelihood and impact on the methodology's scales (6.1.2 d).`,
  'RA-REVIEW': (n: number, since: string) =>
    `${n} risk(s) not reviewed since ${since} (or never): risk assessments are due at planned intervals (8.2).`,
  'RA-CONSISTENCY': (n: number) =>
    `${n} workbook(s) assess risks with a different methodology: results are not comparable (6.1.2 b).`,
  'RT-NO-SOA': () =>
    'No Statement of Applicability: the necessary controls and the justification of inclusions and exclusions are not documented (6.1.3 d).',
  'PE-AUDIT': () =>
    'No internal audit record: neither clause 9.2 evidence nor any finding from an internal audit (9.2).',
  'PE-REVIEW': () =>
    'No management review record: neither clause 9.3 evidence, a review meeting, nor any finding from a management review (9.3).',
  'RT-SOA-INCOMPLETE': (n: number, ids: string) =>
    `${n} of 93 Annex A controls have no applicability decision in any SoA (${ids}) (6.1.3 c–d).`,
  'RT-SOA-JUSTIFICATION': (n: number) => `${n} SoA decision(s) without justification (6.1.3 d).`,
  'RT-SOA-CONFLICT': (n: number) =>
    `${n} control(s) applicable in one SoA and excluded in another (6.1.3 d).`,
  'RT-TREATMENT': (n: number) =>
    `${n} risk(s) without a valid treatment option (modify, retain, avoid, share) (6.1.3 a).`,
  'RT-NO-CONTROLS': (n: number) =>
    `${n} risk(s) to be modified without the Annex A controls that treat them (6.1.3 b–c).`,
  'RT-ACCEPTANCE': (n: number) =>
    `${n} residual risk(s) above the acceptance threshold without the risk owner's acceptance (6.1.3 f).`,
  'RT-EXCLUDED': (n: number) =>
    `${n} risk treatment(s) rely on a control the SoA excludes (6.1.3 b–d).`,
  'OP-OVERDUE': (n: number, of: number, asOf: string, many: boolean) =>
    `${n} of ${of} risk treatment actions are past their due date (${asOf}) and not completed` +
    `${many ? ' (more than a quarter)' : ''} (8.3, 6.1.3 e).`,
  'IM-MAJOR-NC': (n: number, ids: string) =>
    `${n} open major nonconformit${n > 1 ? 'ies' : 'y'} (${ids}): certification cannot be recommended until corrected (10.2).`,
  'IM-OVERDUE': (n: number) =>
    `${n} open nonconformit${n > 1 ? 'ies' : 'y'} past the corrective action due date (10.2 c).`,
  'IM-EFFECTIVENESS': (n: number) =>
    `${n} closed nonconformit${n > 1 ? 'ies' : 'y'} without verified effectiveness of the corrective action (10.2 d).`,
};
