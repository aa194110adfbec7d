/** Risk register rows → tblRisks rows (values normalised, control references migrated). */
import type { Cell } from '../grid/grid';
import { asNumber, asText } from '../grid/cell';
import { columnNumber } from '../grid/address';
import { RISKS } from '../workbook/canonical';
import { foldText } from './normalize-text';
import { RESIDUAL } from './synonyms';
import { readRiskControls } from './risk-controls';
import { parseRiskStatus } from '../vocabulary/risk-status';
import { parseTreatmentWord, TREATMENT_LABEL } from '../vocabulary/treatment-option';
import type { DataRow } from './data-rows';
import { memoText } from './memo-text';
import type { HeaderLabel } from './match-header';
import type { SheetView } from './sheet-view';
import type { CanonicalRow, ColumnMapping, DroppedItem, Migration } from './types';

export type RiskConversion = {
  readonly rows: CanonicalRow[];
  readonly migrations: Migration[];
  readonly dropped: DroppedItem[];
  readonly notes: { row: number | null; message: string }[];
};

const H = Object.fromEntries(RISKS.columns.map((c) => [c.key, c.header]));
const CONTENT = [
  'title',
  'threat',
  'vulnerability',
  'description',
  'likelihood',
  'impact',
  'assetIds',
];
const IMPACT_WORDS = ['impact', 'impacto', 'auswirkung', 'σοβαροτητα', 'gravite', 'consequence'];

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
  const out: CanonicalRow[] = [];
  for (const r of rows) {
    if (!CONTENT.some((k) => r.field(k) !== null)) {
      dropped.push({
        sheet: v.name,
        rows: [r.row, r.row],
        cell: null,
        value: asText(r.field('id')),
        reason: 'row without threat, description, asset, likelihood or impact',
      });
      continue;
    }
    const text = (k: string) => asText(r.field(k));
    const treatmentRaw = text('treatment');
    const option = treatmentIsPlan ? null : parseTreatment(treatmentRaw);
    const plan = treatmentIsPlan
      ? [treatmentRaw, text('treatmentPlan')].filter(Boolean).join('\n') || null
      : text('treatmentPlan');
    const ctl = readControls(
      explicit
        ? [plan, text('existingControls')].filter(Boolean).join('\n') || null
        : text('controls'),
    );
    for (const m of ctl.migrated)
      migrations.push({
        sheet: v.name,
        row: r.row,
        from: m.from,
        fromEdition: '2013',
        to: m.to,
        note: `risk control reference ${m.from} → ${m.to.join(', ')}`,
      });
    let id = text('id');
    if (id === null) {
      id = nextId();
      notes.push({ row: r.row, message: `no risk id: ${id} assigned` });
    }
    const description = [text('title'), text('description')].filter(Boolean).join(': ') || null;
    const impact =
      impactCols.length > 1
        ? maxOf(impactCols.map((c) => v.getMerged(r.row, c.col, true, false)))
        : num(r.field('impact'));
    out.push({
      [H.id]: id,
      [H.assetIds]: text('assetIds'),
      [H.threat]: text('threat'),
      [H.vulnerability]: text('vulnerability'),
      [H.description]: description,
      [H.owner]: text('owner'),
      [H.likelihood]: num(r.field('likelihood')),
      [H.impact]: impact,
      [H.inherentScore]: num(r.field('inherentScore')),
      [H.inherentRating]: text('inherentRating'),
      [H.existingControls]: text('existingControls'),
      [H.treatment]: option ? TREATMENT_LABEL[option] : treatmentIsPlan ? null : treatmentRaw,
      [H.treatmentPlan]: plan,
      [H.controls]: ctl.text,
      [H.actionOwner]: text('actionOwner'),
      [H.dueDate]: r.field('dueDate'),
      [H.status]: parseStatus(text('status')) ?? text('status'),
      [H.residualLikelihood]: num(r.field('residualLikelihood')),
      [H.residualImpact]: num(r.field('residualImpact')),
      [H.residualScore]: num(r.field('residualScore')),
      [H.residualRating]: text('residualRating'),
      [H.acceptedBy]: text('acceptedBy'),
      [H.acceptanceDate]: r.field('acceptanceDate'),
      [H.lastReviewed]: r.field('lastReviewed'),
    });
  }
  return { rows: out, migrations, dropped, notes };
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
  const values = rows
    .map((r) => asText(r.field('treatment')))
    .filter((t): t is string => t !== null);
  const options = values.filter((t) => parse(t) !== null).length;
  return values.length > 0 && options < values.length / 2;
}

/** Unmapped columns whose header names an impact dimension (C / I / A, financial, …). */
function impactDimensions(
  labels: readonly HeaderLabel[],
  columns: readonly ColumnMapping[],
): { col: number; header: string }[] {
  const used = new Set(columns.map((c) => c.column));
  return labels
    .filter((l) => !used.has(l.column))
    .filter((l) => {
      const words = foldText(l.header).split(' ');
      return (
        words.some((w) => IMPACT_WORDS.some((i) => w === i || w.endsWith(i))) &&
        !words.some((w) => RESIDUAL.includes(w) || w.startsWith('rest'))
      );
    })
    .map((l) => ({ col: columnNumber(l.column), header: l.header }));
}

/** `Impact / C`, `Impact / I`, `Impact / A` under one merged parent: the impact is their highest. */
function impactSiblings(
  labels: readonly HeaderLabel[],
  columns: readonly ColumnMapping[],
): { col: number; header: string }[] {
  const m = columns.find((c) => c.field === 'impact');
  const cut = m ? m.header.lastIndexOf(' / ') : -1;
  if (!m || cut < 0) return [];
  const parent = m.header.slice(0, cut + 3);
  return labels
    .filter((l) => l.header.startsWith(parent))
    .map((l) => ({ col: columnNumber(l.column), header: l.header }));
}
