/**
 * Benchmark fixture for `isms import`: a client's risk register that is NOT canonical — one
 * sheet "Risk register", a title row, then a header row in the client's words and N risks of
 * plain values (no tables, no formulas) — written once per size under the OS temp folder.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cell, WorkbookSnapshot } from '../../shared';
import { snapshotToXlsx } from './snapshot-to-xlsx';

const FORMAT_VERSION = 2;
const HEADERS = [
  'Risk ID',
  'Asset',
  'Threat',
  'Vulnerability',
  'Risk description',
  'Risk owner',
  'Likelihood',
  'Impact',
  'Risk score',
  'Treatment',
  'Controls',
  'Due date',
  'Status',
];
const THREATS = ['Ransomware', 'Phishing', 'Insider misuse', 'Supplier breach', 'Lost laptop'];
const OWNERS = ['CIO', 'CISO', 'Head of HR', 'Facilities', 'CFO'];
const TREATMENTS = ['Mitigate', 'Accept', 'Transfer', 'Avoid'];

/** Risk `i` as the client's row: the score typed in beside likelihood and impact. */
export function sourceRow(i: number): Cell[] {
  const l = (i % 5) + 1;
  const imp = ((i * 7) % 5) + 1;
  return [
    `RISK-${i}`,
    `Service ${i % 97}`,
    THREATS[i % THREATS.length],
    'Unpatched systems',
    `${THREATS[i % THREATS.length]} affecting service ${i % 97}`,
    OWNERS[i % OWNERS.length],
    l,
    imp,
    l * imp,
    TREATMENTS[i % TREATMENTS.length],
    'A.8.8, A.5.15',
    '2030-12-31',
    'Open',
  ];
}

export function importSource(n: number): WorkbookSnapshot {
  const rows: Cell[][] = [['Information security risk register'], HEADERS];
  for (let i = 1; i <= n; i++) rows.push(sourceRow(i));
  return {
    name: `client-register-${n}.xlsx`,
    sheets: [{ name: 'Risk register', origin: { row: 1, col: 1 }, rows }],
    tables: [],
  };
}

/** Path of the cached source register with `n` risks, generating it when absent. */
export function importSourceFile(n: number): string {
  const dir = join(tmpdir(), 'isms-bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `client-register-${n}-v${FORMAT_VERSION}.xlsx`);
  if (existsSync(path)) return path;
  writeFileSync(`${path}.tmp`, snapshotToXlsx(importSource(n)));
  renameSync(`${path}.tmp`, path);
  return path;
}
