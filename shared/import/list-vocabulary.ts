/**
 * What a workbook's own data-validation list says a column holds: its values are the column's
 * declared vocabulary (yes/no, implementation or conformance statuses, treatment options, risk
 * statuses, finding types, or a scale such as 1–5 or Low / Medium / High). A stronger signal
 * than the cells, which may still be blank in a template.
 */
import { parseClauseStatus } from '../vocabulary/clause-status';
import { parseRiskStatus } from '../vocabulary/risk-status';
import { parseTreatmentWord } from '../vocabulary/treatment-option';
import { foldText } from './normalize-text';
import { readFindingType, readImplementation, readYesNo } from './value-words';

export type ListVocabulary =
  'yesNo' | 'implementation' | 'conformance' | 'treatment' | 'riskStatus' | 'findingType' | 'scale';

/** Canonical fields each vocabulary names, per kind (the first the kind has wins). */
export const LIST_FIELDS: Readonly<Record<ListVocabulary, readonly string[]>> = {
  yesNo: ['applicable', 'effectivenessVerified'],
  implementation: ['status'],
  conformance: ['status'],
  treatment: ['treatment'],
  riskStatus: ['status'],
  findingType: ['type'],
  scale: [
    'likelihood',
    'impact',
    'residualLikelihood',
    'residualImpact',
    'confidentiality',
    'integrity',
    'availability',
  ],
};

/** Level words of a qualitative scale, lowest to highest (folded, several languages). */
const LEVELS =
  /^(very low|low|medium|moderate|high|very high|critical|negligible|minor|major|severe|rare|unlikely|possible|likely|almost certain|l|m|h|vl|vh|faible|moyen|eleve|niedrig|mittel|hoch|bajo|medio|alto|baixo|medio|elevado)$/;

/** Distinct readings of the values, when most values have one (null otherwise). */
function readings<T>(values: readonly string[], read: (v: string) => T | null): number {
  const got = values.map(read).filter((x): x is T => x !== null);
  return got.length >= 0.6 * values.length ? new Set(got).size : 0;
}

/** Whole numbers 0/1 … n (n from 3 to 10), or three or more level words. */
function isScale(values: readonly string[]): boolean {
  const nums = values.map((v) => (/^\d{1,2}$/.test(v.trim()) ? Number(v) : NaN));
  if (nums.every((n) => !Number.isNaN(n))) {
    const sorted = [...new Set(nums)].sort((a, b) => a - b);
    const max = sorted[sorted.length - 1];
    return sorted[0] <= 1 && max >= 3 && max <= 10 && sorted.length === max - sorted[0] + 1;
  }
  return values.length >= 3 && values.every((v) => LEVELS.test(foldText(v)));
}

/** The vocabulary a validation list names, or null when its values name none. */
export function listVocabulary(values: readonly string[] | null): ListVocabulary | null {
  if (!values || values.length < 2 || values.length > 12) return null;
  const yn = values.map((v) => readYesNo(v));
  if (values.length <= 3 && yn.includes(true) && yn.includes(false)) return 'yesNo';
  if (isScale(values)) return 'scale';
  if (readings(values, readFindingType) >= 2) return 'findingType';
  if (readings(values, parseTreatmentWord) >= 2) return 'treatment';
  if (readings(values, parseRiskStatus) >= 2) return 'riskStatus';
  if (readings(values, (v) => readImplementation(v, { match: 'whole' })) >= 2)
    return 'implementation';
  if (readings(values, (v) => parseClauseStatus(v, { match: 'whole' })) >= 2) return 'conformance';
  return null;
}

/** `data-validation list Yes / No` (at most six values shown). */
export function listEvidence(letter: string, values: readonly string[]): string {
  const shown = values.slice(0, 6).join(' / ') + (values.length > 6 ? ' / …' : '');
  return `column ${letter}: data-validation list ${shown}`;
}

/** Consecutive pairs of columns (left to right) carrying the same scale list. */
export function scalePairs<
  T extends { list: ListVocabulary | null; validation: readonly string[] | null },
>(profiles: readonly T[]): [T, T][] {
  const listed = profiles.filter((p) => p.list === 'scale');
  const out: [T, T][] = [];
  for (let i = 0; i + 1 < listed.length; i++) {
    const [a, b] = [listed[i], listed[i + 1]];
    if (a.validation?.join('\u0000') === b.validation?.join('\u0000')) {
      out.push([a, b]);
      i++;
    }
  }
  return out;
}
