/**
 * @module diff — the review-cycle diff: what changed between two versions of the ISMS workbooks
 * (risks, SoA, clauses, findings, documents, objectives, methodology, readiness), as a result
 * grouped by area and as a flat list of `ChangeItem`s. Output shape: docs/cycle.md.
 */
export * from './change-item';
export * from './diff-workbooks';
export * from './describe-change';
export type { ReadinessSummary } from './diff-readiness';
