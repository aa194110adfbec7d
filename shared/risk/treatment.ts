/**
 * Risk treatment options of ISO/IEC 27005:2022 (8.2): modify, retain, avoid, share — and the
 * words people write for them, in English, French, German, Spanish and Portuguese.
 */
import type { TreatmentOption } from '../model/types';

const WORDS: Readonly<Record<TreatmentOption, readonly string[]>> = {
  modify: [
    'modify',
    'modification',
    'treat',
    'treatment',
    'mitigate',
    'mitigation',
    'reduce',
    'reduction',
    'remediate',
    'remediation',
    'control',
    'reduire',
    'reduction du risque',
    'attenuer',
    'modifier',
    'traiter',
    'mindern',
    'minderung',
    'reduzieren',
    'reduzierung',
    'verringern',
    'behandeln',
    'mitigar',
    'mitigacion',
    'reducir',
    'reduzir',
    'reducao',
    'modificar',
    'tratar',
  ],
  retain: [
    'retain',
    'retention',
    'accept',
    'acceptance',
    'accepted',
    'tolerate',
    'tolerance',
    'tolerated',
    'accepter',
    'acceptation',
    'conserver',
    'maintenir',
    'akzeptieren',
    'akzeptanz',
    'tragen',
    'ubernehmen',
    'aceptar',
    'aceitar',
    'retener',
    'reter',
    'asumir',
    'assumir',
  ],
  avoid: [
    'avoid',
    'avoidance',
    'terminate',
    'termination',
    'eliminate',
    'elimination',
    'eviter',
    'evitement',
    'supprimer',
    'vermeiden',
    'vermeidung',
    'evitar',
    'eliminar',
  ],
  share: [
    'share',
    'sharing',
    'transfer',
    'transference',
    'insure',
    'insurance',
    'outsource',
    'transferer',
    'partager',
    'partage',
    'ubertragen',
    'teilen',
    'transferir',
    'compartir',
    'partilhar',
    'compartilhar',
    'transferencia',
    'versichern',
  ],
};

/** Lower case, accents removed (é → e, ü → u), whitespace collapsed, trailing punctuation dropped. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.:\-–—]+|[\s.:\-–—!]+$/g, '');
}

const LOOKUP: ReadonlyMap<string, TreatmentOption> = new Map(
  (Object.entries(WORDS) as [TreatmentOption, readonly string[]][]).flatMap(([option, words]) =>
    words.map((w) => [fold(w), option] as const),
  ),
);

/** Words that accompany an option without changing it ("accept the risk", "Risk transfer"). */
const FILLER = new Set([
  'the',
  'risk',
  'risque',
  'le',
  'la',
  'das',
  'risiko',
  'el',
  'o',
  'riesgo',
  'risco',
  'to',
  'de',
  'du',
]);

/**
 * The ISO/IEC 27005 option a treatment cell means, or null when it names none.
 * Reads the whole cell first, then its words: exactly one option named among them wins
 * ("Mitigate – patch servers" → modify, "Risk transfer" → share); none or two → null.
 *
 * @example parseTreatment(' Réduire ') // 'modify'
 * @example parseTreatment('Transfer (insurance)') // 'share'
 */
export function parseTreatment(text: string): TreatmentOption | null {
  const t = fold(text);
  if (t === '') return null;
  const whole = LOOKUP.get(t);
  if (whole) return whole;
  const words = t.split(/[^a-z]+/).filter((w) => w !== '' && !FILLER.has(w));
  const found = new Set(
    words.map((w) => LOOKUP.get(w)).filter((o): o is TreatmentOption => o !== undefined),
  );
  // "Accept / transfer" names two options: ambiguous, so not one of the four.
  return found.size === 1 ? [...found][0] : null;
}
