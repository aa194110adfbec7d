/** Sentences of METH-MISSING, METH-INVALID (with each problem's words) and METH-BAND-COLOUR. */
import type { MethodProblem } from '../risk/validate-methodology';

const STD = 'ISO/IEC 27001:2022';

// prettier-ignore
export const METH = {
  missing: () =>
    `Risks are recorded but no risk assessment methodology is documented (Methodology sheet: ` +
    `likelihood and impact scales, rating bands, acceptance threshold); ${STD} 6.1.2 a) and b) ` +
    `require risk acceptance criteria and a method giving consistent, valid and comparable results.`,
  invalid: (detail: string) => `The risk methodology is not usable: ${detail} (${STD} 6.1.2 b).`,
  scaleSize: (scale: string, n: number) => `the ${scale} scale has ${n} level(s); use 3 to 10`,
  scaleLevels: (scale: string, n: number, found: readonly number[]) =>
    `the ${scale} scale levels must be 1 to ${n}, each once (found ${found.join(', ') || 'none'})`,
  notWhole: (scale: string, raw: string) =>
    `"${raw}" in the ${scale} scale is not a whole-number level`,
  noLabel: (scale: string, level: number) => `level ${level} of the ${scale} scale has no label`,
  noBands: () => 'no rating bands are defined',
  bandGap: (from: number, to: number) =>
    from === to
      ? `no rating band covers score ${from}`
      : `no rating band covers scores ${from}–${to}`,
  bandOverlap: (a: string, b: string, score: number) =>
    `rating bands "${a}" and "${b}" both cover score ${score}`,
  bandBounds: (name: string) =>
    `rating band "${name}" needs a numeric Min Score not above its Max Score`,
  bandName: (position: number) => `rating band ${position} has no name`,
  bandColour: (name: string, colour: string) =>
    `Rating band "${name}" has colour "${colour}", which is neither #RRGGBB nor a colour name, so ` +
    `heat maps show it uncoloured; this does not affect the method's results (${STD} 6.1.2 b).`,
  formula: (raw: string) => `the score formula "${raw}" is not Product, Sum or Matrix`,
  noFormula: () => 'no score formula is documented (setting "Score formula")',
  noThreshold: () =>
    'no acceptance threshold is documented (setting "Acceptance threshold"), so risk acceptance criteria are missing (6.1.2 a)',
  threshold: (t: number, min: number, max: number) =>
    `the acceptance threshold ${t} is outside the possible scores ${min}–${max}`,
  noMatrix: () => 'the score formula is Matrix but no score matrix (table tblMatrix) is given',
  matrixShape: (rows: number, cols: number, l: number, i: number) =>
    `the score matrix is ${rows}×${cols} but the scales are ${l} likelihood × ${i} impact levels`,
  matrixCell: (l: number, i: number) =>
    `the score matrix has no number for likelihood ${l}, impact ${i}`,
  /** The words for one problem found by `methodologyProblems`. */
  detail: (p: MethodProblem): string => {
    switch (p.kind) {
      case 'scaleSize': return METH.scaleSize(p.scale, p.n);
      case 'scaleLevels': return METH.scaleLevels(p.scale, p.n, p.found);
      case 'noLabel': return METH.noLabel(p.scale, p.level);
      case 'noBands': return METH.noBands();
      case 'bandGap': return METH.bandGap(p.from, p.to);
      case 'bandOverlap': return METH.bandOverlap(p.a, p.b, p.score);
      case 'bandBounds': return METH.bandBounds(p.name);
      case 'bandName': return METH.bandName(p.position);
      case 'threshold': return METH.threshold(p.t, p.min, p.max);
      case 'noMatrix': return METH.noMatrix();
      case 'matrixShape': return METH.matrixShape(p.rows, p.cols, p.l, p.i);
      case 'matrixCell': return METH.matrixCell(p.l, p.i);
    }
  },
};
