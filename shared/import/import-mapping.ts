/** Checks a user-edited ImportMapping (JSON from `isms import --map`) and says what is wrong. */
import { FIELD_SPECS } from './synonyms';
import { IMPORT_KINDS } from './kind-tables';
import type { ImportKind, ImportMapping, SheetMapping } from './types';

const KINDS: readonly ImportKind[] = IMPORT_KINDS;

export type MappingCheck =
  | { readonly ok: true; readonly mapping: ImportMapping }
  | { readonly ok: false; readonly error: string };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Validates the shape and the field names; the error is one sentence naming the place. */
export function parseImportMapping(json: unknown): MappingCheck {
  if (!isRecord(json) || !isRecord(json.sheets))
    return {
      ok: false,
      error: 'expected an object with "sheets": { "<sheet name>": { kind, headerRow, columns } }',
    };
  const sheets: Record<string, SheetMapping> = {};
  for (const [name, raw] of Object.entries(json.sheets)) {
    const checked = checkSheet(name, raw);
    if (typeof checked === 'string') return { ok: false, error: checked };
    sheets[name] = checked;
  }
  return { ok: true, mapping: { version: 1, sheets } };
}

function checkSheet(name: string, raw: unknown): SheetMapping | string {
  if (!isRecord(raw)) return `sheet "${name}": expected an object`;
  const kind = raw.kind as ImportKind;
  if (!KINDS.includes(kind)) return `sheet "${name}": kind must be one of ${KINDS.join(', ')}`;
  const headerRow = raw.headerRow;
  if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1)
    return `sheet "${name}": headerRow must be a row number (1 or more)`;
  const headerRows = raw.headerRows ?? 1;
  if (
    typeof headerRows !== 'number' ||
    !Number.isInteger(headerRows) ||
    headerRows < 1 ||
    headerRows > headerRow
  ) {
    return `sheet "${name}": headerRows must be a whole number between 1 and headerRow`;
  }
  const columns = raw.columns ?? {};
  if (!isRecord(columns))
    return `sheet "${name}": columns must map a column (letter or header) to a field`;
  const allowed = kind === 'other' ? [] : FIELD_SPECS[kind].map((f) => f.key);
  for (const [col, field] of Object.entries(columns)) {
    if (typeof field !== 'string' || (field !== 'ignore' && !allowed.includes(field))) {
      return `sheet "${name}", column ${col}: "${String(field)}" is not a ${kind} field (use one of ${[...allowed, 'ignore'].join(', ')})`;
    }
  }
  return {
    kind,
    headerRow,
    ...(headerRows > 1 ? { headerRows } : {}),
    columns: columns as Record<string, string>,
  };
}
