/**
 * The sentences of the readiness verdict and its stages (deduction reasons are written by the
 * check that deducts; see docs/readiness.md for each).
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
  blocks2: (n: number) => `${n} major finding(s) block Stage 2.`,
  verdictStage1: (overall: number, min: number, why: string) =>
    `No Stage 1 blocker and overall ${overall} ≥ ${min}; not yet Stage 2: ${why}`,
};
