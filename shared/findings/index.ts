/** @module findings — the finding shape, severities and their summary (below every rule). */
export * from './finding';
