/** ISO/IEC 27001:2022 requirement clauses 4–10 (with Amd 1:2024) and mandatory documented information. */
import clauseData from './data/clauses.json';
import mandatory from './data/mandatory-documents.json';

export type Clause = {
  readonly id: string;
  readonly title: string;
  readonly level: number;
  readonly parent: string | null;
  /** What ISO/IEC 27001:2022/Amd 1:2024 (climate action) changed in this clause, if anything. */
  readonly amendment2024: string | null;
};

export const CLAUSES: readonly Clause[] = (
  clauseData.clauses as {
    id: string;
    title: string;
    level: number;
    parent: string | null;
    amendment_1_2024?: string;
  }[]
).map((c) => ({
  id: c.id,
  title: c.title,
  level: c.level,
  parent: c.parent,
  amendment2024: c.amendment_1_2024 ?? null,
}));

/** The clauses an ISMS is assessed against, 4.1 … 10.2: every clause that has no sub-clauses. */
export const ASSESSABLE_CLAUSES: readonly Clause[] = CLAUSES.filter(
  (c) => c.level > 1 && !CLAUSES.some((k) => k.parent === c.id),
);

export type MandatoryDocument = {
  readonly clause: string;
  readonly item: string;
  readonly kind: 'document' | 'record';
};

export const MANDATORY_DOCUMENTS: readonly MandatoryDocument[] = (
  mandatory.explicitly_required as { clause: string; item: string; kind: string }[]
).map((d) => ({ clause: d.clause, item: d.item, kind: d.kind as 'document' | 'record' }));

const byId = new Map(CLAUSES.map((c) => [c.id, c]));

/** The clause `9.2.2`, `Clause 9.2`, `cl. 6.1.3` … or null. */
export function findClause(ref: string): Clause | null {
  const m = /(\d{1,2}(?:\.\d{1,2}){0,2})/.exec(ref.replace(/\s+/g, ''));
  if (!m) return null;
  return byId.get(m[1]) ?? null;
}
