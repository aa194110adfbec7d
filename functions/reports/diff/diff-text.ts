/** The diff as terminal text: a headline, readiness before → after, then each group of changes. */
import type { DiffResult } from '../../../shared/diff';
import { AREAS } from '../../../shared/diff';
import { describeChange, groupChanges } from '../../../shared/diff';

export function headline(d: DiffResult): string {
  if (d.identical) return 'No differences: the two review cycles record the same ISMS.';
  const n = d.items.length;
  return `${n} change(s) from ${d.previous.join(', ')} to ${d.current.join(', ')}.`;
}

export function readinessLine(d: DiffResult): string {
  const { before, after } = d.readiness;
  return `Readiness ${before.overall}/100 (${before.verdictLabel}) → ${after.overall}/100 (${after.verdictLabel})`;
}

export function diffText(d: DiffResult): string {
  const lines = [headline(d), readinessLine(d)];
  if (d.methodology.rescaled)
    lines.push(
      'The risk scales changed: previous scores were rescaled onto the current scales to compare them.',
    );
  if (d.migratedControls > 0)
    lines.push(
      `${d.migratedControls} SoA row(s) written with ISO/IEC 27001:2013 ids were matched through the 2013 → 2022 mapping.`,
    );
  for (const g of groupChanges(d.items, AREAS)) {
    lines.push('', `${g.title} — ${g.items.length}`);
    for (const c of g.items) lines.push(`  ${describeChange(c)}`);
  }
  return `${lines.join('\n')}\n`;
}
