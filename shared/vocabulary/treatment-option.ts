/**
 * Risk treatment options of ISO/IEC 27005:2022 (8.2): modify, retain, avoid, share — and the
 * words people write for them, in English, French, German, Spanish, Portuguese and Greek. One
 * vocabulary for the canonical parser (tblRisks Treatment) and the importer.
 */
import type { TreatmentOption } from '../model/types';
import { foldText } from './fold-text';
import { TREATMENT_FILLER as FILLER, TREATMENT_WORDS as WORDS } from './treatment-words';

const LOOKUP: ReadonlyMap<string, TreatmentOption> = new Map(
  (Object.entries(WORDS) as [TreatmentOption, readonly string[]][]).flatMap(([option, words]) =>
    words.map((w) => [foldText(w), option] as const),
  ),
);

/**
 * The ISO/IEC 27005 option a treatment cell means, or null when it names none.
 * Reads the whole cell first, then its words: exactly one option named among them wins
 * ("Mitigate – patch servers" → modify, "Risk transfer" → share); none or two → null.
 *
 * @example parseTreatment(' Réduire ') // 'modify'
 * @example parseTreatment('Transfer (insurance)') // 'share'
 */
export function parseTreatment(text: string): TreatmentOption | null {
  const t = foldText(text);
  if (t === '') return null;
  const whole = LOOKUP.get(t);
  if (whole) return whole;
  const words = t.split(/[^\p{L}]+/u).filter((w) => w !== '' && !FILLER.has(w));
  const found = new Set(
    words.map((w) => LOOKUP.get(w)).filter((o): o is TreatmentOption => o !== undefined),
  );
  // "Accept / transfer" names two options: ambiguous, so not one of the four.
  return found.size === 1 ? [...found][0] : null;
}

/** Longest cell still read as a decision rather than a plan ("Transfer to insurer" vs a sentence). */
const DECISION_WORDS = 3;

/**
 * A treatment decision as the importer reads it: a short cell (at most three words) whose first
 * word names an option ("Mitigar riesgo", "Accept – low"); null for blanks and free text. The
 * importer counts these to tell an options column from a plans column.
 */
export function parseTreatmentWord(text: string | null): TreatmentOption | null {
  if (text === null) return null;
  const words = foldText(text).split(' ');
  return words.length <= DECISION_WORDS ? (LOOKUP.get(words[0]) ?? null) : null;
}

/** The canonical list spelling of each option (tblRisks Treatment). */
// prettier-ignore
export const TREATMENT_LABEL: Readonly<Record<TreatmentOption, string>> = {
  modify: 'Modify',
  retain: 'Retain',
  avoid: 'Avoid',
  share: 'Share',
};
