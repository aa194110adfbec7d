/**
 * The package's styles.xml, built as cells ask for styles: each distinct combination of font,
 * fill, bottom rule, alignment and number format becomes one cell format (xf), shared by every
 * cell that uses it; band colours for conditional formats become differential formats (dxf).
 */
import { esc, HEAD, MAIN } from './write-xml';

export type XFont = {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** `FFRRGGBB`. */
  readonly color?: string;
};
export type XStyle = {
  readonly font?: XFont;
  /** Solid fill `FFRRGGBB`. */
  readonly fill?: string;
  /** Hairline bottom border (row rules of the registers). */
  readonly rule?: boolean;
  readonly h?: 'left' | 'center' | 'right';
  readonly v?: 'top' | 'middle';
  readonly wrap?: boolean;
  /** Number format code (`@`, `yyyy-mm-dd`). */
  readonly numFmt?: string;
};

const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, '@': 49 };

function fontXml(f: XFont): string {
  return (
    `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}<sz val="${f.size ?? 11}"/>` +
    `${f.color ? `<color rgb="${f.color}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`
  );
}

export class StyleSheet {
  private readonly fonts = [fontXml({})];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = [
    '<border><left/><right/><top/><bottom/><diagonal/></border>',
    '<border><left/><right/><top/><bottom style="thin"><color rgb="FFD9D9D9"/></bottom><diagonal/></border>',
  ];
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byKey = new Map<string, number>([['{}', 0]]);
  private readonly dxfs: string[] = [];

  private index(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    return i >= 0 ? i : list.push(xml) - 1;
  }

  /** The xf index of `s` (0 for the default style). */
  id(s: XStyle): number {
    const key = JSON.stringify(s);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const font = s.font ? this.index(this.fonts, fontXml(s.font)) : 0;
    const fill = s.fill
      ? this.index(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const fmt = s.numFmt === undefined ? 0 : this.format(s.numFmt);
    const align =
      s.h || s.v || s.wrap
        ? `<alignment${s.h ? ` horizontal="${s.h}"` : ''}${s.v ? ` vertical="${s.v}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const applies = `${fmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${s.rule ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1"' : ''}`;
    const xf = `<xf numFmtId="${fmt}" fontId="${font}" fillId="${fill}" borderId="${s.rule ? 1 : 0}" xfId="0"${applies}>${align}</xf>`;
    const id = this.xfs.push(align ? xf : xf.replace('></xf>', '/>')) - 1;
    this.byKey.set(key, id);
    return id;
  }

  private format(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = 164 + this.numFmts.size;
    this.numFmts.set(code, id);
    return id;
  }

  /** The xf index of style `id` with Excel's quote prefix (text that must never become a formula). */
  quoted(id: number): number {
    const key = `quoted:${id}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const q = this.xfs.push(this.xfs[id].replace('<xf ', '<xf quotePrefix="1" ')) - 1;
    this.byKey.set(key, q);
    return q;
  }

  /** A differential format (band colours) for conditional formatting; returns its dxfId. */
  dxf(fill: string, font: string): number {
    const xml =
      `<dxf><font><b/><color rgb="${font}"/></font><fill><patternFill patternType="solid">` +
      `<fgColor rgb="${fill}"/><bgColor rgb="${fill}"/></patternFill></fill></dxf>`;
    return this.index(this.dxfs, xml);
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) =>
      `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const fmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`,
    );
    return (
      `${HEAD}<styleSheet xmlns="${MAIN}">` +
      (fmts.length ? list('numFmts', fmts) : '') +
      list('fonts', this.fonts) +
      list('fills', this.fills) +
      list('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs) +
      '</styleSheet>'
    );
  }
}
