/**
 * The e2e fixture: a canonical workbook written by the template writer with known defects —
 * a risk without owner (RR-REQUIRED), an off-scale likelihood (RR-SCALE), a duplicate id
 * (RR-DUP-ID), a control the SoA excludes (RR-CONTROL-EXCLUDED), an implemented control without
 * evidence (SOA-NO-EVIDENCE) and two planned controls.
 */
import { writeCanonicalWorkbook } from '../../functions/xlsx/write-workbook';
import { cleanClauses, cleanRisk, cleanSoa } from '../support/snapshot';

export const DEFECTIVE_NAME = 'acme-register.xlsx';

export function defectiveRows() {
  const risks = [
    cleanRisk('R1', { Likelihood: 5, Impact: 4, 'Annex A Controls': 'A.7.4, A.8.8' }),
    cleanRisk('R2', { 'Risk Owner': null, Likelihood: 4, Impact: 4 }),
    cleanRisk('R3', { Likelihood: 'high', Impact: 3 }),
    cleanRisk('R3', { Likelihood: 2, Impact: 2, Description: 'Phishing of finance staff' }),
    cleanRisk('R5', {
      Likelihood: 1,
      Impact: 2,
      Treatment: 'Retain',
      'Annex A Controls': null,
      'Residual Likelihood': 1,
      'Residual Impact': 2,
    }),
  ];
  const soa = cleanSoa().map((r) => {
    if (r['Control ID'] === 'A.7.4')
      return {
        ...r,
        Applicable: 'No',
        Justification: 'No physical premises',
        'Implementation Status': null,
        Evidence: null,
      };
    if (r['Control ID'] === 'A.5.8') return { ...r, Evidence: null };
    if (r['Control ID'] === 'A.8.16' || r['Control ID'] === 'A.8.28')
      return { ...r, 'Implementation Status': 'Planned', Evidence: null };
    return r;
  });
  return { tblRisks: risks, tblSoA: soa, tblClauses: cleanClauses() };
}

export function writeDefectiveWorkbook(): Promise<Uint8Array> {
  return writeCanonicalWorkbook({ rows: defectiveRows() });
}
