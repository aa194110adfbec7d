/**
 * A generated canonical register of N risks written by the template writer, about one risk in
 * twenty with a defect the rules report (no owner, an off-scale likelihood, an overdue date), for
 * the task pane at scale.
 */
import { writeCanonicalWorkbook } from '../../functions/xlsx/write-workbook';
import { cleanClauses, cleanRisk, cleanSoa } from '../support/snapshot';

const THREATS = ['Ransomware', 'Phishing', 'Insider misuse', 'Supplier breach', 'Lost laptop'];

export function bigRegister(n: number): Promise<Uint8Array> {
  const risks = Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const l = (i % 5) + 1;
    const imp = ((i * 7) % 5) + 1;
    return cleanRisk(`R${String(i).padStart(6, '0')}`, {
      Threat: THREATS[i % THREATS.length],
      Description: `${THREATS[i % THREATS.length]} affecting service ${i % 97}`,
      'Risk Owner': i % 41 === 0 ? null : 'CISO',
      Likelihood: i % 53 === 0 ? 'high' : l,
      Impact: imp,
      'Residual Likelihood': Math.max(1, l - 1),
      'Residual Impact': Math.max(1, imp - 1),
    });
  });
  return writeCanonicalWorkbook({
    rows: { tblRisks: risks, tblSoA: cleanSoa(), tblClauses: cleanClauses() },
  });
}
