/** Builds findings with the rule's severity and a location taken from a record's `SourceRef`. */
import type { Finding, Severity } from '../findings/finding';
import type { SourceRef } from '../model/types';
import { declaredSeverity } from './rule';
import { TOOL_RULES } from './tool-rules';

export type Where = {
  readonly workbook: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row: number | null;
};

function gradeOf(rule: string): Severity {
  if (rule in TOOL_RULES) return 'not-checked';
  const s = declaredSeverity(rule);
  if (!s) throw new Error(`No severity defined for rule ${rule}`);
  return s;
}

/** A finding of `rule` with its declared base grade (escalation is applied by the runner). */
export function makeFinding(rule: string, where: Where, message: string): Finding {
  return { rule, severity: gradeOf(rule), ...where, message };
}

/** The location of field `key` of a record (cell null when the column is absent or no key given). */
export function whereOf(workbook: string, ref: SourceRef, key?: string): Where {
  const letter = key === undefined ? undefined : ref.columns[key];
  return { workbook, sheet: ref.sheet, cell: letter ? `${letter}${ref.row}` : null, row: ref.row };
}

/** The first listed field present in the table (the cell to point at), else undefined. */
export function firstPresent(ref: SourceRef, ...keys: string[]): string | undefined {
  return keys.find((k) => ref.columns[k] !== undefined);
}

/** The whole-table location of a record's sheet (cell and row null). */
export function sheetOf(workbook: string, sheet: string | null): Where {
  return { workbook, sheet, cell: null, row: null };
}
