/**
 * Benchmark fixture: a canonical ISMS workbook with N risks in tblRisks (24 columns, formula
 * columns with cached results), the 93-control SoA and the 30 clauses, written once per size and
 * cached under the OS temp folder. About 1 risk in 20 carries a problem the rules report.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_METHODOLOGY, isoDateToSerial, RISKS } from '../../shared';
import { riskFormulas } from '../../shared/workbook';
import { canonicalSnapshot, cleanRisk, type Row } from '../../test/support/snapshot';
import { snapshotToXlsx } from './snapshot-to-xlsx';

const FORMAT_VERSION = 1;
const THREATS = [
  'Ransomware',
  'Phishing',
  'Insider misuse',
  'Supplier breach',
  'Power outage',
  'Lost laptop',
];
const OWNERS = ['CIO', 'CISO', 'Head of HR', 'Facilities', 'CFO', 'DPO'];
const CONTROLS = ['A.5.15', 'A.8.8', 'A.8.13', 'A.5.23', 'A.6.3', 'A.7.4', 'A.8.24', '9.2.3'];

function riskRow(i: number): Row {
  const id = `R${String(i).padStart(6, '0')}`;
  const l = (i % 5) + 1;
  const imp = ((i * 7) % 5) + 1;
  const over: Row = {
    Threat: THREATS[i % THREATS.length],
    Description: `${THREATS[i % THREATS.length]} affecting service ${i % 97} (${id})`,
    'Risk Owner': i % 41 === 0 ? null : OWNERS[i % OWNERS.length],
    Likelihood: l,
    Impact: imp,
    'Annex A Controls': `${CONTROLS[i % CONTROLS.length]}, ${CONTROLS[(i + 3) % CONTROLS.length]}`,
    'Residual Likelihood': Math.max(1, l - 1),
    'Residual Impact': Math.max(1, imp - 1),
    'Due Date': isoDateToSerial(i % 23 === 0 ? '2024-06-30' : '2030-12-31'),
  };
  if (i % 37 === 0) over['Inherent Score'] = 1; // typed over the formula
  return cleanRisk(id, over);
}

/** Path of the cached register with `n` risks, generating it when absent. */
export function registerFile(n: number): string {
  const dir = join(tmpdir(), 'isms-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `register-${n}-v${FORMAT_VERSION}.xlsx`);
  if (existsSync(path)) return path;
  const risks = Array.from({ length: n }, (_, k) => riskRow(k + 1));
  const snapshot = canonicalSnapshot(`register-${n}.xlsx`, { risks });
  const f = riskFormulas(DEFAULT_METHODOLOGY);
  const formulas = {
    tblRisks: {
      'Inherent Score': f.inherentScore,
      'Inherent Rating': f.inherentRating,
      'Residual Score': f.residualScore,
      'Residual Rating': f.residualRating,
    },
  };
  const dateHeaders = new Set(RISKS.columns.filter((c) => c.kind === 'date').map((c) => c.header));
  const bytes = snapshotToXlsx(snapshot, { formulas, dateHeaders });
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
  return path;
}
