/**
 * Milestone names as users write them → the cycle milestone they mean, in English, French,
 * German, Spanish and Portuguese (the importer's languages), folded (no case, accents or
 * punctuation). Most specific first: "recertification" before "certificate", "internal audit"
 * before any audit, "certificate expiry" before "certificate issued".
 */
import { foldText } from '../vocabulary/fold-text';
import type { MilestoneKind } from './milestones';

const ONE = String.raw`(?:1|one|first|i|premier|premiere|erste|erstes|primer|primera|primeira|primeiro|year 1|annee 1|jahr 1)`;
const TWO = String.raw`(?:2|two|second|ii|deuxieme|seconde|zweite|zweites|segundo|segunda|year 2|annee 2|jahr 2)`;
const STAGE = String.raw`(?:stage|etape|stufe|fase|etapa)`;
const SURVEILLANCE = String.raw`(?:surveillance|suivi|uberwachung\w*|ueberwachung\w*|seguimiento|vigilancia|supervisao|manutencao|annual audit)`;

// prettier-ignore
const PATTERNS: readonly (readonly [MilestoneKind, RegExp])[] = [
  ['recertification', /\b(re ?certifi\w*|renewal|renouvellement|rezertifizierung\w*|wiederholungsaudit|recertificacion|recertificacao)\b/],
  ['certificate-expiry', /\b(expir\w*|valid until|valable jusqu|ablauf\w*|gultig bis|vencimiento|caducidad|validade|vencimento)\b/],
  ['surveillance-2', new RegExp(String.raw`\b${SURVEILLANCE}\b.*\b${TWO}\b|\b${TWO}\b.*\b${SURVEILLANCE}\b`)],
  ['surveillance-1', new RegExp(String.raw`\b${SURVEILLANCE}\b`)],
  ['stage-1', new RegExp(String.raw`\b${STAGE} ?${ONE}\b|\bdocumentation review\b|\breadiness review\b`)],
  ['stage-2', new RegExp(String.raw`\b${STAGE} ?${TWO}\b|\bcertification audit\b|\baudit de certification\b|\bzertifizierungsaudit\b`)],
  ['internal-audit', /\b(internal audit\w*|audit interne|interne\w* audit\w*|internes? audit|auditoria interna|auditoria internas)\b/],
  ['management-review', /\b(management review|revue de direction|revue de la direction|management ?bewertung|managementreview|revision por la direccion|revision de la direccion|analise critica\w*|revisao pela direcao)\b/],
  // "Certification body selected" names the body, not the certificate.
  ['certificate-issued', /\b(certificate|certificat|zertifikat|certificado|certified|certification(?! bod(?:y|ies)\b))\b/],
  ['kickoff', /\b(kick ?off|project (?:start|launch)|lancement|demarrage|projektstart|auftakt\w*|inicio del proyecto|inicio do projeto|arranque)\b/],
  ['gap-analysis', /\b(gap\w*|ecarts?|luckenanalyse|lueckenanalyse|soll ist|brechas?|lacunas?)\b/],
  ['scope-approved', /\b(scope|perimetre|champ d application|geltungsbereich|anwendungsbereich|alcance|escopo|ambito)\b/],
  ['risk-assessment', /\b(risk (?:assessment|analysis|treatment)|soa|statement of applicability|appreciation des risques|analyse des risques|declaration d applicabilite|dda|risikobeurteilung|risikoanalyse|anwendbarkeitserklarung|evaluacion de riesgos|declaracion de aplicabilidad|avaliacao de riscos|declaracao de aplicabilidade)\b/],
  ['controls-implemented', /\b(controls? (?:implemented|in place|implementation)|implementation|mise en (?:oeuvre|place)|umsetzung|implementierung|implementacion|implantacion|implementacao)\b/],
];

/**
 * The cycle milestone a name means, or null. An unnumbered surveillance audit reads as the first;
 * `cyclePlan` gives a second unnumbered one the second slot.
 *
 * @example recogniseMilestone('Audit de certification (étape 2)') // 'stage-2'
 * @example recogniseMilestone('ISO 27001 Zertifikat erhalten') // 'certificate-issued'
 */
export function recogniseMilestone(text: string | null): MilestoneKind | null {
  if (text === null) return null;
  const folded = foldText(text);
  if (folded === '') return null;
  for (const [kind, re] of PATTERNS) if (re.test(folded)) return kind;
  return null;
}
