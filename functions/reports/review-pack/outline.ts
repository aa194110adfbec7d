/**
 * The management review pack as a format-neutral outline: sections (summary, 9.3.2 a–g, 9.3.3)
 * each with a lead sentence, bullet lines and tables of plain text. The HTML, xlsx and pptx
 * writers render this outline, so the three formats say the same thing.
 */
import type { ReviewPack } from '../../../shared/review';
import { inputSections } from './outline-inputs';
import { summarySection, decisionsSection } from './outline-summary';

export type PackTable = {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Shown instead of an empty table. */
  readonly empty: string;
  /** Relative column widths (characters in xlsx). */
  readonly widths?: readonly number[];
};

export type PackSection = {
  readonly id: string;
  /** `9.3.2 d)`, or '' for the summary. */
  readonly clause: string;
  readonly title: string;
  readonly lead: string;
  readonly bullets: readonly string[];
  readonly tables: readonly PackTable[];
  /** The section shows the residual and inherent heat maps. */
  readonly heatMaps?: boolean;
};

export function packOutline(p: ReviewPack): PackSection[] {
  return [summarySection(p), ...inputSections(p), decisionsSection(p)];
}
