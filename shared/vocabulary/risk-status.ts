/** Risk status words (tblRisks Status) → the canonical list spelling. */
import type { Cell } from '../grid/grid';
import { asText } from '../grid/cell';
import { foldText } from './fold-text';

/** Open / Closed / Accepted / In treatment / Treated in six languages; null when not one of them. */
export function parseRiskStatus(v: Cell | undefined): string | null {
  const t = asText(v);
  if (t === null) return null;
  const f = foldText(t);
  if (/^(open|offen|ouvert|abierto|aberto|ανοιχτο)$/.test(f)) return 'Open';
  if (/^(closed|geschlossen|ferme|cerrado|fechado|κλειστο)$/.test(f)) return 'Closed';
  if (/^(accepted|akzeptiert|accepte|aceptado|aceite|αποδεκτο)$/.test(f)) return 'Accepted';
  if (
    /^(in treatment|in progress|in bearbeitung|en cours|en traitement|en tratamiento|em tratamento)$/.test(
      f,
    )
  )
    return 'In treatment';
  if (/^(treated|mitigated|behandelt|traite|tratado)$/.test(f)) return 'Treated';
  return null;
}
