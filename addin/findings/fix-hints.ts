/**
 * One fix sentence per rule id, as docs/rules.md gives it under **Fix:**, and the link to the
 * rule's section of the rules page (rules.html, built from docs/rules.md with the rule ids as
 * anchors). A rule without a hint here still shows its message and link.
 */
export const FIX_HINTS: Readonly<Record<string, string>> = {
  'WB-NO-ISMS-TABLES':
    'Convert the workbook (Set up → Convert, or isms import FILE --out FILE.xlsx), then check the converted workbook.',
  'WB-MISSING-COLUMN':
    'Restore the column with its canonical header (the template or isms import creates it).',
  'METH-MISSING':
    'Add the Methodology sheet from the template and configure scales, bands and threshold.',
  'METH-INVALID':
    'Correct the Methodology tables; bands must cover the score range end to end (e.g. 1–4, 5–9, 10–15, 16–25 for a 5×5 product).',
  'RR-REQUIRED': 'Fill the cell.',
  'RR-DUP-ID': "Renumber one of the risks (and its references in the SoA's Linked Risks).",
  'RR-SCALE': 'Enter the level number (the list validation in the template offers them).',
  'RR-SCORE-MISMATCH': 'Restore the formula in the score/rating column.',
  'RR-RESIDUAL-HIGHER': 'Reassess the residual likelihood and impact after treatment.',
  'RR-TREATMENT-INVALID': 'Choose one of Modify, Retain, Avoid, Share.',
  'RR-NO-CONTROLS': 'List the controls, e.g. A.8.8, A.8.13.',
  'RR-UNKNOWN-CONTROL': 'Replace with the 2022 id.',
  'RR-CONTROL-EXCLUDED':
    'Include the control in the SoA (with justification) or change the treatment.',
  'RR-ACCEPTANCE-MISSING':
    "Record the risk owner's acceptance and its date, or treat the risk further.",
  'RR-OVERDUE': 'Complete the treatment and update the status, or re-plan with a new due date.',
  'SOA-MISSING-CONTROL': 'Add the row with an applicability decision and justification.',
  'SOA-UNKNOWN-CONTROL': 'Renumber to 2022 ids; merge duplicate rows.',
  'SOA-NO-DECISION': 'Decide Yes or No in the Applicable column, with a justification.',
  'SOA-NO-JUSTIFICATION':
    'State why (risk treatment, legal/contractual requirement, or why not relevant).',
  'SOA-NO-STATUS': 'Choose a status from the list.',
  'SOA-NO-EVIDENCE': 'Reference the record, document or system that shows the control operates.',
  'SOA-TITLE-MISMATCH': 'Correct the id or the title (often rows shifted by one after an insert).',
  'XWB-DUP-RISK-ID': 'Renumber one of the risks, or make the copies identical.',
  'XWB-METHOD-DIFF':
    'Adopt one methodology across the ISMS; meanwhile the consolidated view rescales each workbook’s levels (docs/rules.md gives the mapping).',
  'XWB-SOA-CONFLICT': 'Agree the decision and its justification; keep one SoA for the scope.',
  'XWB-UNKNOWN-ASSET': 'Add the asset to the inventory or correct the reference.',
  'XWB-CONTROL-EXCLUDED':
    'Include the control in the SoA (with justification), or change the treatment.',
  'CSV-MALFORMED-ROW':
    'Quote the value that contains the delimiter (or re-export the sheet from Excel as CSV UTF-8), then read the file again.',
  'IMPORT-MIXED-NUMBERING':
    'Check the migrated rows in the Import Report sheet against their titles; renumber the source to the 2022 ids.',
  'IMPORT-MISSING-CONTROLS':
    'Decide applicability, justification and status for each listed control.',
};

export function fixHint(rule: string): string | null {
  return FIX_HINTS[rule] ?? null;
}

/** The rules page served with the pane (vite.config.ts builds it from docs/rules.md). */
export function ruleDocUrl(rule: string): string {
  return `rules.html#${rule.toLowerCase()}`;
}
