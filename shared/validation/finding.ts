/**
 * The finding types now sit below the rules, in shared/findings/; this path re-exports them for
 * the rules and hosts that import it. The closed union of rule ids is `RuleId` (shared/rule-id.ts).
 */
export * from '../findings/finding';
