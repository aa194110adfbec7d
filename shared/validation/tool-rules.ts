/**
 * Tool and format problems: a table without a column its requirement needs, a malformed CSV row,
 * an import that could not map everything. Their severity is `not-checked` — the tool could not
 * check that part — never a grade of nonconformity. Raised by readers and parsers, not by rules.
 */
export const TOOL_RULES = {
  'WB-MISSING-COLUMN': { clause: '7.5.3' },
  'CSV-MALFORMED-ROW': { clause: '7.5.3' },
  // Raised by readers/ for a damaged package (duplicate sheet names, missing parts).
  'WB-DUPLICATE-SHEET': { clause: '7.5.3' },
  'WB-DUPLICATE-TABLE': { clause: '7.5.3' },
  'WB-DUPLICATE-CELL': { clause: '7.5.3' },
  'WB-MISSING-PART': { clause: '7.5.3' },
  'IMPORT-MIXED-NUMBERING': { clause: '6.1.3 d)' },
  'IMPORT-MISSING-CONTROLS': { clause: '6.1.3 d)' },
} as const;

export type ToolRuleId = keyof typeof TOOL_RULES;
