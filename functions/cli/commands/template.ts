/**
 * `isms template --out FILE.xlsx [--method product|sum|matrix] [--start DATE] [--force]`: writes a
 * new canonical workbook; `--start` pre-plans the certification cycle (tblCertification) with the
 * default timeline of docs/cycle.md. An existing file is never replaced without --force, and with --force the new file is
 * written beside it first and then renamed over it, so nothing is half-written.
 */
import { DEFAULT_METHODOLOGY, type Methodology, type ScoreFormula } from '../../../shared';
import { certificationRows } from '../../../shared/cycle';
import { isIsoDate } from '../../../shared/cycle';
import { CERTIFICATION_TABLE } from '../../../shared/workbook';
import { writeCanonicalWorkbook } from '../../xlsx/write-workbook';
import { parseOptions, UsageError, type CliIo } from '../io';
import { saveOutput } from '../write-output';

const METHODS: readonly ScoreFormula[] = ['product', 'sum', 'matrix'];

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    out: { type: 'string' },
    method: { type: 'string' },
    start: { type: 'string' },
    force: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const out = values.out;
  if (!out) throw new UsageError('--out FILE.xlsx is required');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (got "${out}")`);
  const method = values.method ?? 'product';
  if (!(METHODS as readonly string[]).includes(method)) {
    throw new UsageError(`--method must be one of product, sum, matrix (got "${method}")`);
  }
  const start = values.start;
  if (start !== undefined && !isIsoDate(start)) {
    throw new UsageError(`--start must be a date written YYYY-MM-DD (got "${start}")`);
  }
  const bytes = await writeCanonicalWorkbook({
    methodology: methodologyFor(method as ScoreFormula),
    ...(start ? { rows: { [CERTIFICATION_TABLE.table]: certificationRows(start) } } : {}),
  });
  const written = await saveOutput(out, bytes, values.force === true);
  if (written !== 'ok') {
    io.stderr.write(`${out}: ${written}\n`);
    return 2;
  }
  const plan = start ? `; certification cycle planned from ${start} (sheet Certification)` : '';
  io.stdout.write(`Wrote ${out}: canonical ISMS workbook, score formula ${method}${plan}\n`);
  return 0;
}

/** The default 5×5 method with the chosen formula; sum gets bands covering 2–10. */
export function methodologyFor(method: ScoreFormula): Methodology {
  const m = DEFAULT_METHODOLOGY;
  if (method === 'product') return m;
  if (method === 'matrix') {
    return {
      ...m,
      formula: 'matrix',
      matrix: m.likelihood.map((l) => m.impact.map((i) => l.level * i.level)),
    };
  }
  return {
    ...m,
    formula: 'sum',
    bands: [
      { name: 'Low', min: 2, max: 4, color: '#92D050' },
      { name: 'Medium', min: 5, max: 6, color: '#FFEB84' },
      { name: 'High', min: 7, max: 8, color: '#FFC000' },
      { name: 'Critical', min: 9, max: 10, color: '#FF5B5B' },
    ],
    acceptanceThreshold: 6,
  };
}
