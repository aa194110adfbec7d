/**
 * The shape of ISO/IEC 27001:2005 Annex A (11 clauses A.5–A.15, 39 control objectives, 133
 * controls): how many controls each objective holds. The reference catalogue has no 2005 list
 * (only 2013 and 2022), and no titles are needed to tell a 2005 id from a 2013 one: 6.1.8,
 * 10.10.6 or 11.4.7 exist only in 2005, 9.4.5 or 18.2.3 only in 2013.
 */

/** Controls per objective, by clause: `5: [2]` means 5.1.1–5.1.2. */
// prettier-ignore
const OBJECTIVES: Readonly<Record<number, readonly number[]>> = {
  5: [2],
  6: [8, 3],
  7: [3, 2],
  8: [3, 3, 3],
  9: [6, 7],
  10: [4, 3, 2, 2, 1, 2, 4, 5, 3, 6],
  11: [1, 4, 3, 7, 6, 2, 2],
  12: [1, 4, 2, 3, 5, 1],
  13: [2, 3],
  14: [5],
  15: [6, 2, 2],
};

/** True for a control id of the 2005 Annex A (`6.1.8`, `A.10.10.6`). */
export function is2005Control(id: string): boolean {
  const m = /^(?:A\.)?(\d{1,2})\.(\d{1,2})\.(\d{1,2})$/.exec(id.trim());
  if (!m) return false;
  const [clause, objective, control] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const count = OBJECTIVES[clause]?.[objective - 1];
  return count !== undefined && control >= 1 && control <= count;
}

/** 2005 control objectives (`6.2`), the two-level headings of a 2005 SoA. */
export function is2005Objective(id: string): boolean {
  const m = /^(?:A\.)?(\d{1,2})\.(\d{1,2})$/.exec(id.trim());
  return m !== null && OBJECTIVES[Number(m[1])]?.[Number(m[2]) - 1] !== undefined;
}

export const CONTROLS_2005_COUNT = Object.values(OBJECTIVES)
  .flat()
  .reduce((a, b) => a + b, 0);
