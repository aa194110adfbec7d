/**
 * Worksheet XML, written as it streams: the head (view, frozen panes, column widths), one `<row>`
 * at a time, then the tail in schema order (merges, conditional formats, list validations, print
 * setup, table parts). Strings go to the shared-string table (text stays text: `=SUM(A1)` is never
 * a formula); formula cells carry their cached result.
 */
import { columnLetter } from '../../shared/grid';
import type { Cell } from '../../shared/grid';
import type { ListValidation, PlanCell } from '../../shared/workbook';
import { isPlanFormula } from '../../shared/workbook';
import { isFormulaLike } from './neutralise';
import { esc, MAIN, REL, HEAD } from './write-xml';

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  /**
   * `quoted(style)` gives the style with Excel's quote prefix (functions/xlsx/neutralise.ts):
   * text that starts like a formula is a string in the file, and the prefix keeps it text when
   * someone edits the cell or saves the sheet as CSV.
   */
  constructor(readonly quoted: (style: number) => number = (style) => style) {}

  /** One more use of a string whose index the caller already knows. */
  reuse(index: number): number {
    this.count++;
    return index;
  }

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.push(s) - 1;
      this.index.set(s, i);
    }
    return i;
  }

  /** The sst part, in pieces (it can be large). */
  *xml(): Generator<string> {
    yield `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">`;
    for (let k = 0; k < this.list.length; k += 2000) {
      yield this.list
        .slice(k, k + 2000)
        .map((s) =>
          /^\s|\s$|\n/.test(s)
            ? `<si><t xml:space="preserve">${esc(s)}</t></si>`
            : `<si><t>${esc(s)}</t></si>`,
        )
        .join('');
    }
    yield '</sst>';
  }
}

const LETTERS: string[] = [];
export function letter(col: number): string {
  return (LETTERS[col] ??= columnLetter(col));
}

/** A register repeats one formula text per calculated column: its escaped form is kept. */
const escapedFormulas = new Map<string, string>();
function formulaXml(f: string): string {
  let x = escapedFormulas.get(f);
  if (x === undefined) {
    if (escapedFormulas.size > 64) escapedFormulas.clear();
    x = `<f>${esc(f)}</f>`;
    escapedFormulas.set(f, x);
  }
  return x;
}

/** `<f>…</f>` of a formula as UTF-8 bytes (for a register's calculated columns). */
export function formulaBytes(f: string): Uint8Array {
  return Buffer.from(formulaXml(f), 'utf8');
}

/** One cell (`''` for a blank unstyled cell). `ref` is its A1 address. */
export function cellXml(
  ref: string,
  v: PlanCell | undefined,
  s: number,
  sst: SharedStrings,
): string {
  const style = s ? ` s="${s}"` : '';
  if (isPlanFormula(v)) {
    const f = formulaXml(v.formula);
    return typeof v.result === 'number'
      ? `<c r="${ref}"${style}>${f}<v>${v.result}</v></c>`
      : `<c r="${ref}"${style} t="str">${f}<v>${esc(v.result)}</v></c>`;
  }
  const c = v as Cell | undefined;
  if (c === null || c === undefined || (typeof c === 'number' && !Number.isFinite(c)))
    return s ? `<c r="${ref}"${style}/>` : '';
  if (typeof c === 'number') return `<c r="${ref}"${style}><v>${c}</v></c>`;
  if (typeof c === 'boolean') return `<c r="${ref}"${style} t="b"><v>${c ? 1 : 0}</v></c>`;
  const q = isFormulaLike(c) ? sst.quoted(s) : s;
  return `<c r="${ref}"${q ? ` s="${q}"` : ''} t="s"><v>${sst.id(c)}</v></c>`;
}

export type SheetHead = {
  readonly freeze: { readonly rows: number; readonly cols: number };
  readonly gridLines: boolean;
  readonly fitToPage: boolean;
  readonly cols: readonly {
    readonly col: number;
    readonly width: number;
    readonly style: number;
  }[];
};

export function sheetHead(h: SheetHead): string {
  const { rows, cols } = h.freeze;
  const grid = h.gridLines ? '' : ' showGridLines="0"';
  let view = `<sheetView workbookViewId="0"${grid}/>`;
  if (rows > 0 || cols > 0) {
    const tl = `${letter(cols + 1)}${rows + 1}`;
    const pane = cols > 0 && rows > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
    const split = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
    view =
      `<sheetView workbookViewId="0"${grid}><pane${split} topLeftCell="${tl}" activePane="${pane}" state="frozen"/>` +
      `<selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView>`;
  }
  const colXml = h.cols
    .map(
      (c) =>
        `<col min="${c.col}" max="${c.col}" width="${c.width}"${c.style ? ` style="${c.style}"` : ''} customWidth="1"/>`,
    )
    .join('');
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    (h.fitToPage ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (colXml ? `<cols>${colXml}</cols>` : '') +
    '<sheetData>'
  );
}

export function rowXml(r: number, cells: string, height?: number): string {
  const ht = height ? ` ht="${height}" customHeight="1"` : '';
  return `<row r="${r}"${ht}>${cells}</row>`;
}

export type CfRuleXml =
  | { readonly type: 'expression'; readonly formula: string; readonly dxf: number }
  | { readonly type: 'between'; readonly min: number; readonly max: number; readonly dxf: number };

export type SheetTail = {
  readonly merges: readonly string[];
  readonly formats: readonly { readonly ref: string; readonly rules: readonly CfRuleXml[] }[];
  readonly validations: readonly ListValidation[];
  readonly print: { readonly paper: number; readonly fit: boolean } | null;
  readonly tables: number;
};

function validationXml(v: ListValidation): string {
  const f = v.range ?? `"${(v.values ?? []).join(',')}"`;
  return (
    `<dataValidation type="list" allowBlank="${v.allowBlank ? 1 : 0}" showErrorMessage="1" ` +
    `errorTitle="${esc(v.title)}" error="${esc(v.error)}" sqref="${v.ref}"><formula1>${esc(f)}</formula1></dataValidation>`
  );
}

export function sheetTail(t: SheetTail): string {
  let priority = 1;
  const cf = t.formats
    .map(
      (f) =>
        `<conditionalFormatting sqref="${f.ref}">` +
        f.rules
          .map((r) =>
            r.type === 'expression'
              ? `<cfRule type="expression" dxfId="${r.dxf}" priority="${priority++}"><formula>${esc(r.formula)}</formula></cfRule>`
              : `<cfRule type="cellIs" dxfId="${r.dxf}" priority="${priority++}" operator="between"><formula>${r.min}</formula><formula>${r.max}</formula></cfRule>`,
          )
          .join('') +
        '</conditionalFormatting>',
    )
    .join('');
  const dv = t.validations.length
    ? `<dataValidations count="${t.validations.length}">${t.validations.map(validationXml).join('')}</dataValidations>`
    : '';
  const merges = t.merges.length
    ? `<mergeCells count="${t.merges.length}">${t.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const print = t.print
    ? '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>' +
      `<pageSetup paperSize="${t.print.paper}" orientation="landscape"${t.print.fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>` +
      `<headerFooter><oddFooter>${esc('&L&A&RPage &P of &N')}</oddFooter></headerFooter>`
    : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const parts = Array.from({ length: t.tables }, (_, k) => `<tablePart r:id="rId${k + 1}"/>`);
  const tables = t.tables ? `<tableParts count="${t.tables}">${parts.join('')}</tableParts>` : '';
  return `</sheetData>${merges}${cf}${dv}${print}${tables}</worksheet>`;
}
