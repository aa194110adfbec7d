/** Risk register rows → tblRisks rows (values normalised, control references migrated). */
import type { Cell } from '../grid/grid';
import { asNumber, asText } from '../grid/cell';
import { readRiskControls } from './risk-controls';
import { parseRiskStatus } from '../vocabulary/risk-status';
import { parseTreatmentWord, TREATMENT_LABEL } from '../vocabulary/treatment-option';
import type { DataRow } from './data-rows';
import { FieldCells } from './field-cells';
import { memoText } from './memo-text';
import type { HeaderLabel } from './match-header';
import type { SheetView } from './sheet-view';
import { impactDimensions, impactSiblings } from './risk-impact';
import { CONTENT, FIELDS, H, ROW, type Field } from './risk-row';
import type { CanonicalRow, ColumnMapping, DroppedItem, Migration } from './types';

export type RiskConversion = {
  readonly rows: CanonicalRow[];
  readonly migrations: Migration[];
  readonly dropped: DroppedItem[];
  readonly notes: { row: number | null; message: string }[];
};

export function convertRisks(
  v: SheetView,
  rows: readonly DataRow[],
  columns: readonly ColumnMapping[],
  labels: readonly HeaderLabel[],
  nextId: () => string,
): RiskConversion {
  const mapped = new Set(columns.map((c) => c.field));
  const notes: { row: number | null; message: string }[] = [];
  const dropped: DroppedItem[] = [];
  const migrations: Migration[] = [];
  // Parsed once per distinct text (they repeat on most rows), not once per row.
  const parseTreatment = memoText(parseTreatmentWord);
  const parseStatus = memoText(parseRiskStatus);
  const explicit = !mapped.has('controls');
  const readControls = memoText((t) => readRiskControls(t, explicit));
  const treatmentIsPlan = mapped.has('treatment') && mostlyFreeText(rows, parseTreatment);
  if (treatmentIsPlan)
    notes.push({
      row: null,
      message: 'the treatment column holds plans, not options: imported as Treatment Plan',
    });
  const impactCols = mapped.has('impact')
    ? impactSiblings(labels, columns)
    : impactDimensions(labels, columns);
  if (impactCols.length > 1)
    notes.push({
      row: null,
      message: `Impact is the highest of ${impactCols.length} impact columns (${impactCols.map((c) => c.header).join(', ')})`,
    });
  const cells = new FieldCells(v, columns);
  const c = Object.fromEntries(FIELDS.map((k) => [k, cells.column(k)])) as Record<Field, number>;
  const content = CONTENT.map((k) => c[k]);
  const text = (row: number, col: number) => asText(cells.at(row, col));
  const out: CanonicalRow[] = [];
  for (const r of rows) {
    const row = r.row;
    if (!hasContent(cells, row, content)) {
      dropped.push({
        sheet: v.name,
        rows: [row, row],
        cell: null,
        value: text(row, c.id),
        reason: 'row without threat, description, asset, likelihood or impact',
      });
      continue;
    }
    const treatmentRaw = text(row, c.treatment);
    const option = treatmentIsPlan ? null : parseTreatment(treatmentRaw);
    const plan = treatmentIsPlan
      ? [treatmentRaw, text(row, c.treatmentPlan)].filter(Boolean).join('\n') || null
      : text(row, c.treatmentPlan);
    const existing = text(row, c.existingControls);
    const ctl = readControls(
      explicit ? [plan, existing].filter(Boolean).join('\n') || null : text(row, c.controls),
    );
    for (const m of ctl.migrated)
      migrations.push({
        sheet: v.name,
        row,
        from: m.from,
        fromEdition: '2013',
        to: m.to,
        note: `risk control reference ${m.from} → ${m.to.join(', ')}`,
      });
    let id = text(row, c.id);
    if (id === null) {
      id = nextId();
      notes.push({ row, message: `no risk id: ${id} assigned` });
    }
    const title = text(row, c.title);
    const described = text(row, c.description);
    const description = title && described ? `${title}: ${described}` : (title ?? described);
    const impact =
      impactCols.length > 1
        ? maxOf(impactCols.map((x) => v.getMerged(row, x.col, true, false)))
        : num(cells.at(row, c.impact));
    const status = text(row, c.status);
    // The row template copied and filled in: a literal with 24 computed keys costs far more.
    const o: CanonicalRow = { ...ROW };
    o[H.id] = id;
    o[H.assetIds] = text(row, c.assetIds);
    o[H.threat] = text(row, c.threat);
    o[H.vulnerability] = text(row, c.vulnerability);
    o[H.description] = description;
    o[H.owner] = text(row, c.owner);
    o[H.likelihood] = num(cells.at(row, c.likelihood));
    o[H.impact] = impact;
    o[H.inherentScore] = num(cells.at(row, c.inherentScore));
    o[H.inherentRating] = text(row, c.inherentRating);
    o[H.existingControls] = existing;
    o[H.treatment] = option ? TREATMENT_LABEL[option] : treatmentIsPlan ? null : treatmentRaw;
    o[H.treatmentPlan] = plan;
    o[H.controls] = ctl.text;
    o[H.actionOwner] = text(row, c.actionOwner);
    o[H.dueDate] = cells.at(row, c.dueDate);
    o[H.status] = parseStatus(status) ?? status;
    o[H.residualLikelihood] = num(cells.at(row, c.residualLikelihood));
    o[H.residualImpact] = num(cells.at(row, c.residualImpact));
    o[H.residualScore] = num(cells.at(row, c.residualScore));
    o[H.residualRating] = text(row, c.residualRating);
    o[H.acceptedBy] = text(row, c.acceptedBy);
    o[H.acceptanceDate] = cells.at(row, c.acceptanceDate);
    o[H.lastReviewed] = cells.at(row, c.lastReviewed);
    out.push(o);
  }
  return { rows: out, migrations, dropped, notes };
}

/** Some content field (threat, description, asset, likelihood, impact …) holds a value. */
function hasContent(cells: FieldCells, row: number, cols: readonly number[]): boolean {
  for (const col of cols) if (cells.at(row, col) !== null) return true;
  return false;
}

/** Numbers stay numbers, numeric text becomes a number, anything else is kept as written. */
function num(v: Cell): Cell {
  return asNumber(v) ?? (typeof v === 'string' ? v.trim() || null : v);
}

function maxOf(values: readonly Cell[]): Cell {
  const nums = values.map(asNumber).filter((n): n is number => n !== null);
  return nums.length ? Math.max(...nums) : null;
}

/** Fewer than half the treatment values are options (modify/retain/…): it is a plan column. */
function mostlyFreeText(
  rows: readonly DataRow[],
  parse: (t: string | null) => ReturnType<typeof parseTreatmentWord>,
): boolean {
  let values = 0;
  let options = 0;
  for (const r of rows) {
    const t = asText(r.field('treatment'));
    if (t === null) continue;
    values++;
    if (parse(t) !== null) options++;
  }
  return values > 0 && options < values / 2;
}
