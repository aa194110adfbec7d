/** Builds findings with the rule's severity and a location taken from a record's `SourceRef`. */
import type { SourceRef } from '../model/types';
import type { Finding, RuleId } from './finding';
import { severityOf } from './severity';

export type Where = {
  readonly workbook: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly row: number | null;
};

export function makeFinding(rule: RuleId, where: Where, message: string): Finding {
  return { rule, severity: severityOf(rule), ...where, message };
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
