/**
 * When an action (a management review decision, tblReviews' Status; LISTS.actionStatus) counts as
 * closed: Done or Cancelled, and the usual synonyms. Anything else, blank included, is open.
 */
const CLOSED = new Set(['done', 'cancelled', 'canceled', 'closed', 'complete', 'completed']);

export function isActionClosed(status: string | null): boolean {
  return status !== null && CLOSED.has(status.trim().toLowerCase());
}
