/** Usage text of each `isms` command (PRODUCT.md, "Interfaces"): `isms --help`, `isms <cmd> --help`. */
import { FORMAT_INFO, REPORT_KINDS, type ReportKind } from '../../shared/reports';

/** A report command's usage, its formats taken from the report catalogue. */
function reportUsage(kind: ReportKind, stem: string, extra = '') {
  const exts = REPORT_KINDS[kind].formats.map((f) => FORMAT_INFO[f].extension).join('|');
  return {
    synopsis: `isms ${kind} FILES... --out ${stem}.(${exts}) ${extra}[--as-of DATE] [--force]`,
    about: REPORT_KINDS[kind].about,
    options: [
      `  --out FILE          where to write it; the extension picks the format (${exts})`,
      ...(extra
        ? ['  --previous OLD...   the workbooks of the last review (changes since then)']
        : []),
      '  --as-of DATE        the date overdue checks use, YYYY-MM-DD (default: today)',
      '  --force             replace the --out file if it exists',
    ].join('\n'),
  };
}

export const COMMAND_USAGE: Readonly<
  Record<string, { readonly synopsis: string; readonly about: string; readonly options?: string }>
> = {
  validate: {
    synopsis: 'isms validate FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]',
    about: 'Check each workbook (xlsx, xlsm or csv) against the ISO/IEC 27001:2022 rules.',
    options: [
      '  --json              print {"findings":[…],"summary":{…}} instead of a table',
      '  --as-of DATE        the date overdue checks use, YYYY-MM-DD (default: today)',
      '  --fail-on LEVEL     exit 1 when a finding is at or above LEVEL (default: major)',
    ].join('\n'),
  },
  check: {
    synopsis: 'isms check FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]',
    about:
      'The files as one ISMS: the ISMS-level rules (no SoA, audit, review, documents) once over the set, and cross-workbook checks: duplicate risk ids, differing methodologies, SoA conflicts, unknown assets.',
  },
  'gap-report': reportUsage('gap-report', 'report'),
  'review-pack': reportUsage('review-pack', 'pack', '[--previous OLD...] '),
  'treatment-plan': reportUsage('treatment-plan', 'rtp'),
  'soa-report': reportUsage('soa-report', 'soa'),
  readiness: {
    synopsis: 'isms readiness FILES... [--json]',
    about: 'Certification readiness score (0-100), per area, with every lost point itemised.',
  },
  template: {
    synopsis:
      'isms template --out FILE.xlsx [--method product|sum|matrix] [--start DATE] [--force]',
    about:
      'Write a new canonical ISMS workbook (Methodology, Assets, Risks, SoA, Clauses, Findings).',
    options: [
      '  --out FILE.xlsx     where to write it (an existing file is kept unless --force)',
      '  --method NAME       score formula: product (default), sum or matrix',
      '  --start DATE        pre-plan the certification cycle from this project start (YYYY-MM-DD)',
      '  --force             replace FILE.xlsx if it exists',
    ].join('\n'),
  },
  import: {
    synopsis: 'isms import FILE --out FILE.xlsx [--map mapping.json] [--json] [--force]',
    about:
      'Convert an existing register (any layout, 2013 or 2022 numbering) into the canonical workbook; the original sheets are kept.',
  },
  diff: {
    synopsis:
      'isms diff OLD NEW... [--old FILE]... [--json] [--out diff.(html|xlsx|json)] [--as-of DATE] [--force]',
    about:
      'What changed between two review cycles: risks, SoA, clauses, findings, readiness (exit 0 identical, 1 differences).',
    options: [
      '  --old FILE          a previous-cycle workbook (repeatable); then every FILE is the current cycle',
      '  --json              print the diff as JSON (shape: docs/cycle.md)',
      '  --out FILE          write it as .html, .xlsx or .json (an existing file is kept unless --force)',
      "  --as-of DATE        the current cycle's date, YYYY-MM-DD (default: today)",
      "  --previous-as-of DATE  the previous cycle's date (default: --as-of)",
      '  --force             replace the --out file if it exists',
    ].join('\n'),
  },
};

export const EXIT_CODES = [
  'Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;',
  '            2 bad usage or an unreadable input (with a one-line reason naming the file).',
].join('\n');

export function mainUsage(): string {
  const width = Math.max(...Object.keys(COMMAND_USAGE).map((k) => k.length));
  const list = Object.entries(COMMAND_USAGE).map(([k, u]) => `  ${k.padEnd(width)}  ${u.about}`);
  return [
    'isms — ISO/IEC 27001:2022 risk register and Statement of Applicability checks',
    '',
    'Usage: isms <command> [options]',
    '',
    'Commands:',
    ...list,
    '',
    'Run `isms <command> --help` for its options.',
    EXIT_CODES,
    '',
  ].join('\n');
}

export function commandUsage(name: string): string {
  const u = COMMAND_USAGE[name];
  return [
    `Usage: ${u.synopsis}`,
    '',
    u.about,
    ...(u.options ? ['', 'Options:', u.options] : []),
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}
