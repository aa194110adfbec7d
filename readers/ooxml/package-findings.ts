/**
 * What is wrong with a package's structure but still lets it be read: duplicate sheet names
 * (Excel forbids them, ECMA-376 §18.2.19 — left alone, a table would bind to the wrong sheet) and
 * parts the package lists but does not hold. Each is a finding, never a silent empty or misbinding.
 */
import type { Finding } from '../../shared';
import type { SheetEntry } from './workbook-xml';

export type PackageFinding = (f: Finding) => void;

/**
 * The sheets with unique names: a later sheet whose name repeats an earlier one's (case-insensitive,
 * as Excel compares them) is renamed `Name (2)`, so its tables stay bound to its own cells.
 */
export function uniqueSheetNames(
  sheets: readonly SheetEntry[],
  file: string,
  report: PackageFinding,
): SheetEntry[] {
  const taken = new Set<string>();
  // The next suffix to try per repeated name: restarting at (2) for each repeat made 100,000
  // sheets of one name cost 5 billion probes (#11: `isms validate` spun for minutes).
  const nextSuffix = new Map<string, number>();
  return sheets.map((s) => {
    const key = s.name.toLowerCase();
    if (!taken.has(key)) {
      taken.add(key);
      return s;
    }
    let n = nextSuffix.get(key) ?? 2;
    let name = renamed(s.name, n);
    while (taken.has(name.toLowerCase())) name = renamed(s.name, ++n);
    nextSuffix.set(key, n + 1);
    taken.add(name.toLowerCase());
    report({
      rule: 'WB-DUPLICATE-SHEET',
      severity: 'not-checked',
      workbook: file,
      sheet: name,
      cell: null,
      row: null,
      message: `The workbook lists two sheets named "${s.name}", which Excel does not allow (the file was changed by another tool or is damaged); the second (${s.path}) was read as "${name}" so its cells and tables are not mixed up with the first — rename it in Excel.`,
    });
    return { ...s, name };
  });
}

/** `Risks` → `Risks (2)`, kept within Excel's 31 characters. */
function renamed(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, 31 - suffix.length) + suffix;
}

/** A part the package refers to but does not contain (or holds unreadable): `what` says which. */
export function missingPart(
  file: string,
  sheet: string | null,
  what: string,
  consequence: string,
): Finding {
  return {
    rule: 'WB-MISSING-PART',
    severity: 'not-checked',
    workbook: file,
    sheet,
    cell: null,
    row: null,
    message: `${what}, so ${consequence}; the file is damaged — open it in Excel, repair it and save it again.`,
  };
}
