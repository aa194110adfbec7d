/**
 * The milestones of the ISO/IEC 27001 certification cycle (tblCertification), from kickoff to
 * recertification, in calendar order (the expiry last: recertification must come before it). Sources: ../shared/seeds (see docs/cycle.md).
 */
import { foldText } from '../vocabulary/fold-text';

export type MilestoneKind =
  | 'kickoff'
  | 'gap-analysis'
  | 'scope-approved'
  | 'risk-assessment'
  | 'controls-implemented'
  | 'internal-audit'
  | 'management-review'
  | 'stage-1'
  | 'stage-2'
  | 'certificate-issued'
  | 'certificate-expiry'
  | 'surveillance-1'
  | 'surveillance-2'
  | 'recertification';

export type MilestoneDef = {
  readonly kind: MilestoneKind;
  /** The name the template writes in the Milestone column. */
  readonly name: string;
  /** An audit by the certification body (the "next audit" candidates). */
  readonly audit: boolean;
};

export const MILESTONES: readonly MilestoneDef[] = [
  { kind: 'kickoff', name: 'Project kickoff', audit: false },
  { kind: 'gap-analysis', name: 'Gap analysis', audit: false },
  { kind: 'scope-approved', name: 'Scope approved', audit: false },
  { kind: 'risk-assessment', name: 'Risk assessment and SoA', audit: false },
  { kind: 'controls-implemented', name: 'Controls implemented', audit: false },
  { kind: 'internal-audit', name: 'Internal audit', audit: false },
  { kind: 'management-review', name: 'Management review', audit: false },
  { kind: 'stage-1', name: 'Stage 1 audit', audit: true },
  { kind: 'stage-2', name: 'Stage 2 audit', audit: true },
  { kind: 'certificate-issued', name: 'Certificate issued', audit: false },
  { kind: 'surveillance-1', name: 'Surveillance audit 1', audit: true },
  { kind: 'surveillance-2', name: 'Surveillance audit 2', audit: true },
  { kind: 'recertification', name: 'Recertification audit', audit: true },
  { kind: 'certificate-expiry', name: 'Certificate expiry', audit: false },
];

const BY_KIND = new Map(MILESTONES.map((m) => [m.kind, m]));

export function milestoneDef(kind: MilestoneKind): MilestoneDef {
  return BY_KIND.get(kind) as MilestoneDef;
}

/** Status words (tblCertification Status, any case) that mean the milestone is behind us. */
// prettier-ignore
const DONE = new Set(['done', 'complete', 'completed', 'passed', 'held', 'issued', 'closed', 'fait', 'termine', 'realise', 'erledigt', 'abgeschlossen', 'hecho', 'completado', 'concluido', 'feito']);
const SKIPPED = new Set(['skipped', 'cancelled', 'canceled', 'n a', 'not applicable']);

/** Done: an actual date is recorded, or the status says so. */
export function isMilestoneDone(status: string | null, actual: string | null): boolean {
  if (actual !== null) return true;
  return status !== null && DONE.has(foldText(status));
}

export function isMilestoneSkipped(status: string | null): boolean {
  return status !== null && SKIPPED.has(foldText(status));
}
