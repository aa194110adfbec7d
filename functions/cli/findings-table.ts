/**
 * Findings as an aligned text table, grouped by workbook, with a summary line — what
 * `isms validate` and `isms check` print without --json.
 */
import { summarize, type Finding, type FindingSummary } from '../../shared';

const COLUMNS = ['SEVERITY', 'RULE', 'SHEET', 'CELL', 'MESSAGE'] as const;

/**
 * `findings` is the (capped) list to show; `summary`, when given, holds the exact counts over
 * every finding (capFindings), so the last line stays true when the list is cut.
 */
export function findingsTable(
  workbooks: readonly string[],
  findings: readonly Finding[],
  summary: FindingSummary = summarize(findings),
): string {
  const lines: string[] = [];
  const names = [...new Set([...workbooks, ...findings.map((f) => f.workbook)])];
  for (const name of names) {
    const own = findings.filter((f) => f.workbook === name);
    if (own.length === 0) {
      lines.push(`${name}: no findings`, '');
      continue;
    }
    lines.push(`${name}`);
    const rows = own.map((f) => [
      f.severity,
      f.rule,
      f.sheet ?? '',
      f.cell ?? (f.row !== null ? `row ${f.row}` : ''),
      f.message,
    ]);
    // A loop, not Math.max(...rows): spreading a long list as arguments overflows the stack.
    const widths = COLUMNS.slice(0, -1).map((h, i) =>
      rows.reduce((w, r) => Math.max(w, r[i].length), h.length),
    );
    const fmt = (r: readonly string[]) =>
      `  ${r.map((c, i) => (i < widths.length ? c.padEnd(widths[i]) : c)).join('  ')}`.trimEnd();
    lines.push(fmt(COLUMNS));
    for (const r of rows) lines.push(fmt(r));
    lines.push('');
  }
  lines.push(summaryLine(names.length, summary));
  return `${lines.join('\n')}\n`;
}

export function summaryLine(
  workbooks: number,
  s: FindingSummary & { readonly omitted?: number },
): string {
  const books = `${workbooks} workbook${workbooks === 1 ? '' : 's'}`;
  if (s.total === 0) return `${books}, no findings`;
  const noun = s.total === 1 ? 'finding' : 'findings';
  const line = `${books}, ${s.total} ${noun}: ${s.major} major, ${s.minor} minor, ${s.observation} observation`;
  const listed = s.total - (s.omitted ?? 0);
  return s.omitted ? `${line} (${listed} listed)` : line;
}
