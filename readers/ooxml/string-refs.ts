/**
 * Cells whose `t="s"` value names a shared string the file does not have (past the end,
 * negative, not a number): Excel repairs such a file; read silently they became blank cells, a
 * risk's owner or treatment quietly missing (#11). Only blank results are looked at again, so
 * the scan's common path pays nothing.
 */
import { cellAddress } from '../../shared';
import type { CellTag } from './cell-tag';
import { plainNumber, textOf } from './xml-bytes';

import type { CellTally } from './sheet-grid';

export type MissingStrings = CellTally;

export type StringRefs = {
  /** Called for a `t="s"` cell that read as blank: counts it when its index names no string. */
  check(b: Uint8Array, tag: CellTag, strings: readonly string[]): void;
  /** How many cells named a missing string, and the first of them (A1), or null when none. */
  result(): MissingStrings | null;
};

export function stringRefs(): StringRefs {
  let count = 0;
  let first = '';
  let row = 0;
  return {
    check(b, tag, strings) {
      if (tag.vFrom < 0) return;
      const raw = textOf(b, tag.vFrom, tag.vTo).trim();
      if (raw === '') return;
      const n = plainNumber(b, tag.vFrom, tag.vTo);
      const index = n === n ? n : Number(raw);
      if (Number.isInteger(index) && index >= 0 && strings[index] !== undefined) return;
      if (count++ > 0) return;
      first = cellAddress(tag.row, tag.col);
      row = tag.row;
    },
    result: () => (count === 0 ? null : { count, first, row }),
  };
}
