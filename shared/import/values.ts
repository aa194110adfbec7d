/**
 * Cell values as people write them → canonical list values (shared/workbook/canonical.ts LISTS).
 * Unrecognised values return null; callers keep the original text and say so in the report.
 */
import type { ClauseStatus, ImplementationStatus, TreatmentOption } from '../model/types';
import { foldText } from './normalize-text';

/**
 * Tick marks: ✓ ✔ ☑ ■ ▪ • x X and the Greek capital chi Χ (U+03A7) — and a lone `n`, which is
 * what a Wingdings ■ is stored as (only read as a mark where the column has no "yes" values).
 */
const MARKS = new Set(['✓', '✔', '☑', '✅', '■', '▪', '•', '●', 'x', 'χ', 'ü', 'þ']);

export function isTickMark(text: string, wingdingsN = false): boolean {
  const t = text.trim().toLowerCase();
  return MARKS.has(t) || (wingdingsN && t === 'n');
}

const YES = new Set(['yes', 'y', 'oui', 'o', 'ja', 'j', 'si', 'sim', 's', 'ναι', 'true', 'applicable', 'included', 'selected', 'anwendbar', 'aplicable', 'aplicavel', 'εφαρμοζεται', '1']);
const NO = new Set(['no', 'n', 'non', 'nein', 'nao', 'οχι', 'false', 'not applicable', 'n a', 'na', 'excluded', 'nicht anwendbar', 'no aplicable', 'nao aplicavel', 'non applicable', '0', 'ne s applique pas']);

/** Yes/No in six languages and tick marks → boolean; null when blank or unreadable. */
export function parseApplicable(text: string | null, opts: { wingdingsN?: boolean } = {}): boolean | null {
  if (text === null || text.trim() === '') return null;
  if (isTickMark(text, opts.wingdingsN)) return true;
  const f = foldText(text);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  if (/^(yes|oui|ja|si|sim|ναι)(?:\s|$)/.test(f)) return true;
  if (/^(no|non|nein|nao|οχι)(?:\s|$)/.test(f)) return false;
  return null;
}

const STATUS: readonly [RegExp, ImplementationStatus][] = [
  [/^(partial|partly|partially|in progress|en cours|partiel|partiellement|teilweise|in umsetzung|in bearbeitung|parcial|parcialmente|en progreso|em curso|em progresso|μερικωσ|εν μερει)/, 'Partially implemented'],
  [/^(not implemented|not started|no|non|nein|nao|missing|absent|non mis en place|non implemente|nicht umgesetzt|nicht implementiert|no implementado|nao implementado|οχι|δεν)/, 'Not implemented'],
  [/^(planned|to do|todo|scheduled|prevu|planifie|a faire|geplant|planificado|previsto|planeado|planejado|προγραμματισμενο)/, 'Planned'],
  [/^(implemented|done|complete|completed|in place|yes|oui|ja|si|sim|ναι|mis en place|en place|implemente|mise en oeuvre|umgesetzt|implementiert|implementado|implantado|υλοποιημενο|υλοποιηθηκε|εφαρμοζεται)/, 'Implemented'],
];

/** Implementation status words (six languages), Yes/No, ticks and emoji ✅ ⚠️ ❌ → canonical status. */
export function parseImplementation(text: string | null): ImplementationStatus | null {
  if (text === null) return null;
  const t = text.trim();
  if (t === '') return null;
  if (t.startsWith('✅') || t === '✔' || t === '✓') return 'Implemented';
  if (t.startsWith('⚠') || t.startsWith('🟡') || t.startsWith('🟠')) return 'Partially implemented';
  if (t.startsWith('❌') || t.startsWith('✖') || t === '✗' || t.startsWith('🔴')) return 'Not implemented';
  const f = foldText(t);
  for (const [re, status] of STATUS) if (re.test(f)) return status;
  return null;
}

/** Clause conformance: C/P/N, Compliant/Partially/Non-compliant, Conforme …, emoji. */
export function parseClauseStatus(text: string | null): ClauseStatus | null {
  if (text === null || text.trim() === '') return null;
  const t = text.trim();
  if (/^c\s*\/\s*p\s*\/\s*n$/i.test(t)) return null;
  const impl = /^[✅⚠❌]/u.test(t) ? parseImplementation(t) : null;
  if (impl) return impl === 'Implemented' ? 'Conformant' : impl === 'Not implemented' ? 'Nonconformant' : 'Partial';
  const f = foldText(t);
  if (/^(c|conformant|compliant|conforme|konform|conforme|yes|oui|ja|ναι|met)$/.test(f)) return 'Conformant';
  if (/^(p|partial|partially|partially compliant|partiel|partiellement conforme|teilweise|parcial)/.test(f)) return 'Partial';
  if (/^(n|nc|nonconformant|non conformant|non compliant|noncompliant|not compliant|non conforme|nicht konform|no conforme|nao conforme|no|non|nein|οχι)$/.test(f)) return 'Nonconformant';
  if (/^(not assessed|n a|na|non evalue|nicht bewertet|no evaluado)$/.test(f)) return 'Not assessed';
  return null;
}

const TREATMENT: readonly [RegExp, TreatmentOption][] = [
  [/^(modify|mitigate|reduce|treat|control|mindern|reduzieren|behandeln|reduire|attenuer|traiter|mitigar|reducir|tratar|reduzir|modificar|μειωση|τροποποιηση|αντιμετωπιση)(?:\s|$)/, 'modify'],
  [/^(retain|accept|tolerate|akzeptieren|tragen|accepter|aceptar|retener|aceitar|reter|αποδοχη)(?:\s|$)/, 'retain'],
  [/^(avoid|terminate|vermeiden|eviter|refuser|evitar|αποφυγη)(?:\s|$)/, 'avoid'],
  [/^(share|transfer|insure|ubertragen|transferieren|teilen|transferer|partager|transferir|compartir|partilhar|compartilhar|μεταφορα|διαμοιρασμοσ)(?:\s|$)/, 'share'],
];

/** A treatment decision in six languages → ISO/IEC 27005 option; null for free text. */
export function parseTreatmentWord(text: string | null): TreatmentOption | null {
  if (text === null) return null;
  const f = foldText(text);
  for (const [re, option] of TREATMENT) if (re.test(f) && f.split(' ').length <= 3) return option;
  return null;
}

export const TREATMENT_LABEL: Readonly<Record<TreatmentOption, string>> = {
  modify: 'Modify',
  retain: 'Retain',
  avoid: 'Avoid',
  share: 'Share',
};

/** Risk status words → canonical list spelling when recognised. */
export function parseRiskStatus(text: string | null): string | null {
  if (text === null) return null;
  const f = foldText(text);
  if (/^(open|offen|ouvert|abierto|aberto|ανοιχτο)$/.test(f)) return 'Open';
  if (/^(closed|geschlossen|ferme|cerrado|fechado|κλειστο)$/.test(f)) return 'Closed';
  if (/^(accepted|akzeptiert|accepte|aceptado|aceite|αποδεκτο)$/.test(f)) return 'Accepted';
  if (/^(in treatment|in progress|in bearbeitung|en cours|en traitement|en tratamiento|em tratamento)$/.test(f)) return 'In treatment';
  if (/^(treated|mitigated|behandelt|traite|tratado)$/.test(f)) return 'Treated';
  return null;
}
