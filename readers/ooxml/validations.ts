/**
 * A sheet's list validations (Excel's in-cell drop-downs), as written after the sheet data:
 * `<dataValidations><dataValidation type="list" sqref="F2:F90"><formula1>"Yes,No"</formula1>`
 * (ECMA-376 §18.3.1.32), and the x14 extension Excel writes for lists on another sheet:
 * `<x14:dataValidation type="list"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1>
 * <xm:sqref>F2:F90</xm:sqref>` (MS-XLSX §2.6.9x). Only the formula text and the ranges are
 * kept; resolving the list's values is validation-lists.ts's job. Bounded: at most
 * MAX_VALIDATIONS lists per sheet (MAX_SCANNED validations of any type looked at),
 * MAX_SQREF_RANGES ranges each, never expanded cell by cell.
 */
import { decodeEntities, readAttrs, tagEnd } from './xml-text';

export type RawValidation = {
  /** A1 ranges separated by spaces, as in the file (`F2:F90 H2:H90`). */
  readonly sqref: string;
  /** formula1 as written: `"Yes,No"`, `$H$2:$H$6`, `Lists!$A$1:$A$5`, a defined name. */
  readonly formula: string;
};

export const MAX_VALIDATIONS = 512;
export const MAX_SQREF_RANGES = 64;
/** Validations of any type looked at per sheet (other types are skipped but still cost a scan). */
const MAX_SCANNED = 8 * MAX_VALIDATIONS;
const MAX_FORMULA = 1024;

/**
 * Validations looked at over all the sheets of one workbook: 4,000 sheets of 512 lists each once
 * took 15 s of CPU to read and resolve (#11). The sheets read first keep theirs.
 */
export const MAX_WORKBOOK_SCANNED = 16 * MAX_SCANNED;

/** What the sheets of one workbook may still look at, shared by them. */
export type ValidationBudget = { scanned: number };

/** The list validations in the XML after `</sheetData>` (both the plain and the x14 form). */
export function readValidations(
  tail: string,
  budget: ValidationBudget = { scanned: MAX_SCANNED },
): RawValidation[] {
  const out: RawValidation[] = [];
  const re = /<((?:[\w.-]+:)?)dataValidation(?=[\s/>])/g;
  let scanned = 0;
  for (let m = re.exec(tail); m && out.length < MAX_VALIDATIONS; m = re.exec(tail)) {
    if (++scanned > MAX_SCANNED || --budget.scanned < 0) break;
    const end = tagEnd(tail, m.index);
    if (end < 0) break;
    const attrs = readAttrs(tail, m.index + m[0].length, end);
    const close = tail.indexOf(`</${m[1]}dataValidation>`, end);
    const body = tail[end - 1] === '/' || close < 0 ? '' : tail.slice(end + 1, close);
    if (close > 0) re.lastIndex = close;
    if (attrs.type !== 'list') continue;
    const formula = elementRaw(body, 'formula1');
    const raw = formula === null ? null : (elementRaw(formula, 'f') ?? formula);
    const f = raw === null ? null : decodeEntities(raw);
    const sqref = attrs.sqref ?? elementRaw(body, 'sqref');
    if (!f || !sqref || f.length > MAX_FORMULA) continue;
    const ranges = sqref.trim().split(/\s+/).slice(0, MAX_SQREF_RANGES);
    out.push({ sqref: ranges.join(' '), formula: f.trim() });
  }
  return out;
}

/** The raw content of the first `<prefix?:name>…</prefix?:name>` in `xml`, or null. */
function elementRaw(xml: string, name: string): string | null {
  const m = new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s>])[^>]*>`).exec(xml);
  if (!m) return null;
  const from = m.index + m[0].length;
  const close = xml.indexOf(`</${m[1]}${name}>`, from);
  return close < 0 ? null : xml.slice(from, close);
}
