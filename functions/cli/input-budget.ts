/**
 * One read budget for all the workbooks of one command (`isms check a.xlsx b.xlsx …`, a report
 * with --previous, `diff`): every input is held in memory until the command ends, so four
 * registers of 1,048,575 rows, each inside the per-file limits, took 1 GB and 19 s of CPU and
 * more of them crashed the process (#11). The files share 1.5 times one file's budgets (cells,
 * rows, text); each is read against the smaller of its own and what the files before it left,
 * so the command stops at the file that goes over, with one line naming it and the limit.
 */
import type { WorkbookSnapshot } from '../../shared';
import { DEFAULT_READ_LIMITS, type ReadLimits, XlsxReadError } from '../../readers';

const count = (n: number): string => n.toLocaleString('en');

export type InputBudget = {
  /** The limits the next file is read against (what is left). */
  limits(): Partial<ReadLimits>;
  /** Charges a file as read. */
  charge(snapshot: WorkbookSnapshot): void;
  /** A too_large error of a file after the first says the budget is shared; it stops the reads. */
  explain(e: XlsxReadError): XlsxReadError;
  /** True once a file was too large: the files after it are not read. */
  readonly stopped: boolean;
};

/** The files of one command share 1.5 times one file's budget: an old and a new register of 1,048,575 rows fit. */
export const COMMAND_BUDGET_FACTOR = 1.5;

export function inputBudget(base: ReadLimits = DEFAULT_READ_LIMITS): InputBudget {
  const total = {
    cells: base.maxCells * COMMAND_BUDGET_FACTOR,
    rows: base.maxRows * COMMAND_BUDGET_FACTOR,
    text: base.maxTextChars * COMMAND_BUDGET_FACTOR,
  };
  let { cells, rows, text } = total;
  let files = 0;
  let stopped = false;
  return {
    limits: () => ({
      maxCells: Math.min(cells, base.maxCells),
      maxRows: Math.min(rows, base.maxRows),
      maxTextChars: Math.min(text, base.maxTextChars),
    }),
    charge(snapshot) {
      files++;
      for (const sheet of snapshot.sheets) {
        rows -= sheet.rows.length;
        for (const row of sheet.rows) {
          cells -= row.length;
          for (const v of row) if (typeof v === 'string') text -= v.length;
        }
      }
    },
    get stopped() {
      return stopped;
    },
    explain(e) {
      if (e.reason === 'too_large') stopped = true;
      const own = cells >= base.maxCells && rows >= base.maxRows && text >= base.maxTextChars;
      if (files === 0 || own || e.reason !== 'too_large') return e;
      const shared = `${count(total.cells)} cells, ${count(total.rows)} rows and ${count(total.text)} characters of text`;
      const detail = `${e.message.slice(e.file.length + 2)} (left of the ${shared} that the files of one command share)`;
      return new XlsxReadError('too_large', e.file, detail);
    },
  };
}
