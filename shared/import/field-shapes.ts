/**
 * The language-neutral part of header matching: which canonical fields each kind has, in what
 * order (earlier wins a tie), and the structural markers that keep similar headers apart. The
 * words themselves live in `locales/<lang>.ts`.
 */
import type { LocaleKind } from './locales';

export type FieldShape = {
  readonly key: string;
  /** Shared word group the field starts from (`@likelihood` …, see locales/types.ts). */
  readonly group?: '@likelihood' | '@impact' | '@score' | '@rating';
  /** `only`: a residual marker must occur; `never`: none may occur. */
  readonly residual?: 'only' | 'never';
  readonly excludes?: readonly string[];
  readonly avoid?: readonly string[];
};

const never = 'never' as const;
const only = 'only' as const;

// prettier-ignore
export const FIELD_SHAPES: Readonly<Record<LocaleKind, readonly FieldShape[]>> = {
  risks: [
    { key: 'id' },
    { key: 'title' },
    { key: 'assetIds' },
    { key: 'threat', excludes: ['value', 'matrix', 'probability', 'impact'] },
    { key: 'vulnerability', excludes: ['value', 'matrix'] },
    { key: 'description' },
    { key: 'owner', excludes: ['action', 'escalation'] },
    { key: 'likelihood', group: '@likelihood', residual: never },
    { key: 'impact', group: '@impact', residual: never, excludes: ['financial', 'operational', 'reputational', 'legal', 'health', 'finanziell', 'operativ', 'reputation', 'recht', 'personen'] },
    { key: 'inherentScore', group: '@score', residual: never, excludes: ['appetite', 'matrix', 'acceptance', 'id', 'number', 'owner', 'description', 'treatment'], avoid: ['level', 'rating', 'text', 'icon', 'niveau', 'nivel'] },
    { key: 'inherentRating', group: '@rating', residual: never, excludes: ['appetite', 'matrix', 'acceptance', 'score', 'id', 'owner'], avoid: ['numeric', 'icon'] },
    { key: 'existingControls' },
    { key: 'treatment', excludes: ['plan', 'owner', 'due'] },
    { key: 'treatmentPlan' },
    { key: 'controls', excludes: ['existing', 'place', 'current', 'vorhandene', 'existentes', 'owner', 'effect'] },
    { key: 'actionOwner' },
    { key: 'dueDate' },
    { key: 'status', excludes: ['escalation', 'implementation'] },
    { key: 'residualLikelihood', group: '@likelihood', residual: only },
    { key: 'residualImpact', group: '@impact', residual: only },
    { key: 'residualScore', group: '@score', residual: only, excludes: ['appetite', 'rating'], avoid: ['level', 'text', 'icon'] },
    { key: 'residualRating', group: '@rating', residual: only, excludes: ['appetite', 'score', 'likelihood', 'impact'], avoid: ['numeric', 'icon'] },
    { key: 'acceptedBy' },
    { key: 'acceptanceDate' },
    { key: 'lastReviewed' },
  ],
  soa: [
    { key: 'id', excludes: ['name', 'title', 'description', 'owner', 'implemented', 'status'] },
    { key: 'title', excludes: ['id', 'no', 'ref', 'owner', 'number', 'implemented', 'status', 'category', 'applicable'] },
    { key: 'theme' },
    { key: 'applicable', excludes: ['justification', 'reason', 'reasons'] },
    { key: 'reasons' },
    { key: 'justification', excludes: ['selection'] },
    { key: 'status' },
    { key: 'howImplemented', excludes: ['status'] },
    { key: 'evidence' },
    { key: 'owner' },
    { key: 'linkedRisks' },
    { key: 'lastReviewed' },
  ],
  assets: [
    { key: 'id' },
    { key: 'name', excludes: ['id', 'owner', 'type'] },
    { key: 'type' },
    { key: 'owner' },
    { key: 'location' },
    { key: 'classification' },
    { key: 'confidentiality' },
    { key: 'integrity' },
    { key: 'availability' },
  ],
  clauses: [
    { key: 'id', excludes: ['title', 'status'] },
    { key: 'title', excludes: ['needed', 'id'] },
    { key: 'status', excludes: ['needed'] },
    { key: 'evidence', excludes: ['needed', 'required', 'status'] },
    { key: 'owner' },
    { key: 'notes' },
  ],
  findings: [
    { key: 'id', excludes: ['date', 'owner', 'risk', 'asset', 'control'] },
    { key: 'source', excludes: ['date'] },
    { key: 'type' },
    { key: 'reference', excludes: ['date', 'owner', 'corrective', 'cause'] },
    { key: 'description', excludes: ['date', 'type', 'owner', 'cause', 'corrective', 'id', 'no'] },
    { key: 'rootCause' },
    { key: 'correctiveAction', excludes: ['owner', 'date', 'due'] },
    { key: 'owner' },
    { key: 'raised', excludes: ['due', 'closed', 'closure', 'target'] },
    { key: 'due' },
    { key: 'closed' },
    { key: 'effectivenessVerified' },
  ],
};
