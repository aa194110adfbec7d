/**
 * What is wrong with a package's structure but still lets it be read: duplicate sheet names
 * (Excel forbids them, ECMA-376 §18.2.19 — left alone, a table would bind to the wrong sheet) and
 * parts the package lists but does not hold. Each is a finding, never a silent empty or misbinding.
 */
import type { Finding, TableRef } from '../../shared';
import type { CellTally } from './sheet-grid';
import type { MissingStrings } from './string-refs';
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

/** Cells whose shared-string index names no string in the file: read as blank, and said so. */
export function missingStrings(file: string, sheet: string, refs: MissingStrings): Finding {
  const what =
    refs.count === 1
      ? `Cell ${refs.first} of sheet "${sheet}" refers to a shared string the file does not hold`
      : `${refs.count} cells of sheet "${sheet}" (the first ${refs.first}) refer to shared strings the file does not hold`;
  const blank = refs.count === 1 ? 'it was read as blank' : 'they were read as blank';
  return { ...missingPart(file, sheet, what, blank), cell: refs.first, row: refs.row };
}

/**
 * The tables with unique names: a later table whose name repeats an earlier one's (Excel keeps
 * table names unique in a workbook, case-insensitive) is renamed `Name_2`, so the checks never
 * read the wrong one silently.
 */
export function uniqueTableNames(
  tables: readonly TableRef[],
  file: string,
  report: PackageFinding,
): TableRef[] {
  const first = new Map<string, TableRef>();
  const taken = new Set(tables.map((t) => t.name.toLowerCase()));
  const next = new Map<string, number>();
  return tables.map((t) => {
    const key = t.name.toLowerCase();
    const kept = first.get(key);
    if (!kept) {
      first.set(key, t);
      return t;
    }
    let n = next.get(key) ?? 2;
    while (taken.has(`${key}_${n}`)) n++;
    next.set(key, n + 1);
    const name = `${t.name}_${n}`;
    taken.add(name.toLowerCase());
    const where =
      kept.sheet === t.sheet
        ? `both on sheet "${t.sheet}"`
        : `on sheets "${kept.sheet}" and "${t.sheet}"`;
    report({
      rule: 'WB-DUPLICATE-TABLE',
      severity: 'not-checked',
      workbook: file,
      sheet: t.sheet,
      cell: null,
      row: null,
      message: `The workbook has two tables named "${t.name}" (${where}), which Excel does not allow; the one on "${t.sheet}" (${t.ref}) was read as "${name}" and not checked — rename or delete one of them in Excel.`,
    });
    return { ...t, name };
  });
}

/** Cells whose address the sheet writes twice: the later value was kept, and that is said. */
export function duplicateCells(file: string, sheet: string, dup: CellTally): Finding {
  const cells =
    dup.count === 1
      ? `cell ${dup.first} twice`
      : `${dup.count} cells twice (the first ${dup.first})`;
  return {
    rule: 'WB-DUPLICATE-CELL',
    severity: 'not-checked',
    workbook: file,
    sheet,
    cell: dup.first,
    row: dup.row,
    message: `Sheet "${sheet}" writes ${cells}, which Excel never does (the file was changed by another tool or is damaged); the later value was read — open it in Excel, check those cells and save it again.`,
  };
}
