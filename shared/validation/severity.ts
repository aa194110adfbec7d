/**
 * The grade of each rule, read from the rule registry (each rule module carries its own; rationale
 * per rule: docs/rules.md):
 * - major: a requirement is absent or has broken down (no documented method, a risk treated with
 *   a control the SoA excludes, most risks above the appetite unaccepted);
 * - minor: a single lapse in an otherwise working process (one risk without owner);
 * - observation: a weakness that is not (yet) a nonconformity (an overdue action);
 * - not-checked: a tool or format problem (WB-*, CSV-*, IMPORT-*), never a nonconformity.
 */
import type { Severity } from '../findings/finding';
import { RULES } from './rules/index';
import { SET_RULES } from './set-rules/index';
import { TOOL_RULES } from './tool-rules';

let table: ReadonlyMap<string, Severity> | null = null;

/** Built on first use: rule modules import this file, so the registry is not read at load time. */
function severities(): ReadonlyMap<string, Severity> {
  table ??= new Map<string, Severity>([
    ...RULES.map((r) => [r.id, r.severity] as const),
    ...SET_RULES.map((r) => [r.id, r.severity] as const),
    ...Object.keys(TOOL_RULES).map((id) => [id, 'not-checked'] as const),
  ]);
  return table;
}

/** The base grade of a single-workbook, ISMS-level or tool rule. */
export function severityOf(rule: string): Severity {
  const s = severities().get(rule);
  if (!s) throw new Error(`No severity defined for rule ${rule}`);
  return s;
}

/** Every rule's base grade, by id (read lazily, for docs and tests). */
export const RULE_SEVERITY: Readonly<Record<string, Severity>> = new Proxy(
  {},
  {
    get: (_, id) => (typeof id === 'string' ? severities().get(id) : undefined),
    has: (_, id) => typeof id === 'string' && severities().has(id),
    ownKeys: () => [...severities().keys()],
    getOwnPropertyDescriptor: (_, id) =>
      typeof id === 'string' && severities().has(id)
        ? { enumerable: true, configurable: true, value: severities().get(id) }
        : undefined,
  },
);
