/**
 * The cells of one column, row after row (a register's or a kept sheet's), written as bytes: the
 * column's tags and style attributes are encoded once, numbers and shared-string indices are
 * written as digits, so a 100k-row sheet builds no string per cell (what `cellXml` writes, byte
 * for byte; write-plan-sheet.test.ts compares them).
 */
import type { Cell } from '../../shared/grid';
import type { ByteSink, RowLabel } from './write-bytes';
import { isFormulaLike } from './neutralise';
import { esc } from './write-xml';
import { letter, type SharedStrings } from './write-sheet-xml';

const ascii = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const CLOSE = ascii('</v></c>');
const V = ascii('<v>');

/** Distinct texts a column remembers itself. */
const LOCAL_TEXTS = 256;

export class ColumnCells {
  private readonly open: Uint8Array;
  private readonly str: Uint8Array;
  private readonly num: Uint8Array;
  private readonly bool: Uint8Array;
  private readonly blank: Uint8Array | null;
  private readonly formulaNum: Uint8Array;
  private readonly formulaStr: Uint8Array;
  private quotedStr: Uint8Array | null = null;
  /** Escaped text results of formula cells (a rating column's few band names). */
  private readonly results = new Map<string, Uint8Array>();
  /**
   * The column's distinct texts with their shared-string index: a register's owner, status or
   * treatment column repeats a few values on every row, and this small map answers them without
   * the workbook-wide one (≈100k entries at 100k risks). Dropped once it proves useless (a column
   * of ids or descriptions).
   */
  private local: Map<string, number> | null = new Map();
  private misses = 0;
  private hits = 0;

  constructor(
    col: number,
    private readonly s: number,
    private readonly sst: SharedStrings,
  ) {
    const style = s ? ` s="${s}"` : '';
    this.open = ascii(`<c r="${letter(col)}`);
    this.str = ascii(`"${style} t="s"><v>`);
    this.num = ascii(`"${style}><v>`);
    this.bool = ascii(`"${style} t="b"><v>`);
    this.blank = s ? ascii(`"${style}/>`) : null;
    this.formulaNum = ascii(`"${style}>`);
    this.formulaStr = ascii(`"${style} t="str">`);
  }

  /** Whether `c` writes anything (a blank unstyled cell does not). */
  writes(c: Cell | undefined): boolean {
    if (c === null || c === undefined) return this.blank !== null;
    return typeof c !== 'number' || Number.isFinite(c) || this.blank !== null;
  }

  /** The cell of sheet row `row` holding `c`. */
  write(out: ByteSink, row: RowLabel, c: Cell | undefined): void {
    if (typeof c === 'string') {
      this.start(out, row);
      out.small(isFormulaLike(c) ? this.quoted() : this.str);
      out.uint(this.index(c));
      out.small(CLOSE);
    } else if (typeof c === 'number' && Number.isFinite(c)) {
      this.start(out, row);
      out.small(this.num);
      number(out, c);
      out.small(CLOSE);
    } else if (typeof c === 'boolean') {
      this.start(out, row);
      out.small(this.bool);
      out.uint(c ? 1 : 0);
      out.small(CLOSE);
    } else if (this.blank) {
      this.start(out, row);
      out.small(this.blank);
    }
  }

  /** A formula cell: its tag, the `<f>` given as bytes, its cached result. */
  writeFormula(out: ByteSink, row: RowLabel, f: Uint8Array, result: number | string): void {
    this.start(out, row);
    const numeric = typeof result === 'number';
    out.small(numeric ? this.formulaNum : this.formulaStr);
    if (f.length > 64) out.bytes(f);
    else out.small(f);
    out.small(V);
    if (numeric) number(out, result);
    else {
      let b = this.results.get(result);
      if (b === undefined) {
        b = Buffer.from(esc(result), 'utf8');
        if (this.results.size < LOCAL_TEXTS) this.results.set(result, b);
      }
      out.bytes(b);
    }
    out.small(CLOSE);
  }

  private start(out: ByteSink, row: RowLabel): void {
    out.small(this.open);
    out.small(row.digits, row.length);
  }

  private quoted(): Uint8Array {
    if (this.quotedStr === null) {
      const q = this.sst.quoted(this.s);
      this.quotedStr = ascii(`"${q ? ` s="${q}"` : ''} t="s"><v>`);
    }
    return this.quotedStr;
  }

  private index(c: string): number {
    const local = this.local;
    if (local === null) return this.sst.id(c);
    const known = local.get(c);
    if (known !== undefined) {
      this.hits++;
      return this.sst.reuse(known);
    }
    const id = this.sst.id(c);
    if (local.size < LOCAL_TEXTS) local.set(c, id);
    // After a few thousand cells, a column that mostly misses stops asking its own map.
    if (++this.misses === 4096 && this.hits < this.misses) this.local = null;
    return id;
  }
}

/** A finite number as `${n}` writes it: digits for the non-negative integers registers hold. */
function number(out: ByteSink, n: number): void {
  if (n >= 0 && Number.isSafeInteger(n)) out.uint(n);
  else out.text(String(n));
}
