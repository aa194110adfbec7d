/**
 * The state of one conversion in the pane: the importer's result for the current mapping (only
 * an edited mapping is kept), the reviewer's edits, and the confirm step (Excel tables or a
 * download from POST /api/import).
 */
import { useMemo, useState } from 'react';
import { importWorkbook } from '../../shared/import';
import type { ImportKind, ImportMapping, ImportResult } from '../../shared/import';
import type { ApiClient } from '../api/client';
import { saveBlob } from '../browser/save-file';
import type { ExcelActions } from '../deps';
import { describeError } from '../host-error';
import type { Outcome } from '../components/convert-outcome';
import type { WorkbookSnapshot } from '../../shared/grid';
import { setColumnField, setHeaderRow, setKind } from './review-mapping';

export type ConversionDeps = {
  readonly snapshot: WorkbookSnapshot;
  readonly file: File | null;
  readonly excel: ExcelActions | null;
  readonly api: ApiClient;
  readonly onWritten?: () => void;
};

/** Detection confidences: `sheet|column|field` per column and `sheet|kind` per sheet. */
function hintsOf(r: ImportResult): Map<string, number> {
  return new Map(
    r.sheets.flatMap((s) => [
      [`${s.sheet}|${s.kind}`, s.confidence] as const,
      ...s.columns.map((c) => [`${s.sheet}|${c.column}|${c.field}`, c.confidence] as const),
    ]),
  );
}

export function useConversion(d: ConversionDeps) {
  const { snapshot, file } = d;
  const initial = useMemo(() => importWorkbook(snapshot), [snapshot]);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const result = useMemo(
    () => (mapping ? importWorkbook(snapshot, { mapping }) : initial),
    [snapshot, mapping, initial],
  );
  const hints = useMemo(() => hintsOf(initial), [initial]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const rows = Object.values(result.tables).reduce((n, t) => n + (t?.length ?? 0), 0);
  const current = mapping ?? result.mapping;
  const edit = {
    column: (sheet: string, column: string, field: string) =>
      setMapping(setColumnField(current, sheet, column, field)),
    kind: (sheet: string, kind: ImportKind) =>
      setMapping(setKind(current, result, sheet, kind, snapshot)),
    headerRow: (sheet: string, row: number) =>
      setMapping(setHeaderRow(snapshot, current, sheet, row)),
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      if (d.excel) {
        setOutcome({ kind: 'excel', written: await d.excel.writeImport(result.tables) });
        d.onWritten?.();
      } else if (file) {
        // Only an edited mapping is sent: untouched, the service detects exactly as the pane did.
        const got = await d.api.convert(file, file.name, mapping ?? undefined);
        saveBlob(got.blob, got.fileName);
        setOutcome({ kind: 'download', fileName: got.fileName, blob: got.blob });
      }
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };
  return { result, hints, busy, error, outcome, rows, edit, confirm };
}
