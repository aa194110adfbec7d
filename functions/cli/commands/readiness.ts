/**
 * `isms readiness FILES... [--json] [--as-of DATE]`: the certification readiness score — overall
 * and per area with bars, the verdict per audit stage with its reasons (blockers first: each is a
 * major finding of validate/check), the largest deductions and the verdict (docs/readiness.md).
 * Exit 0 when ready for Stage 1 or 2, 1 when not ready, 2 for bad usage or an unreadable input.
 */
import { scoreReadiness } from '../../../shared/readiness';
import type { Blocker, Readiness, StageReadiness } from '../../../shared/readiness';
import { parseWorkbook } from '../../../shared/workbook';
import { parseAsOf, parseOptions, readInputs, UsageError, type CliIo } from '../io';

const BAR = 20;
const TOP = 10;

function bar(score: number): string {
  const full = Math.round((score / 100) * BAR);
  return `${'█'.repeat(full)}${'░'.repeat(BAR - full)}`;
}

function where(l: {
  workbook: string;
  sheet: string;
  cell: string | null;
  row: number | null;
}): string {
  return `${l.workbook} ${l.sheet}${l.cell ? `!${l.cell}` : l.row !== null ? ` row ${l.row}` : ''}`;
}

/**
 * `✗ Not ready for Stage 2` and one line per reason: each blocker with its rule and cell (the
 * first TOP; --json lists all), then the score reasons.
 */
function stageLines(s: StageReadiness, shown: ReadonlySet<Blocker> = new Set()): string[] {
  const lines = [`${s.ready ? '✓' : '✗'} ${s.label}`];
  const own = s.blockers.filter((b) => !shown.has(b));
  if (own.length < s.blockers.length)
    lines.push(`    the ${s.blockers.length - own.length} Stage 1 blocker(s) above, and:`);
  own.slice(0, TOP).forEach((b) => {
    const cells = b.locations.filter((l) => l.sheet || l.cell);
    const at = cells.length ? ` at ${cells.map(where).join(', ')}` : '';
    lines.push(`    [${b.rule}] ${b.reason}${at}`);
  });
  if (own.length > TOP)
    lines.push(`    … and ${own.length - TOP} more blocker(s) (--json lists all)`);
  for (const reason of s.reasons.slice(s.blockers.length)) lines.push(`    ${reason}`);
  return lines;
}

/** "Next audit: Stage 1 audit on 2026-06-01 (45 days left)", then what is due before it. */
function nextAuditLines(r: Readiness): string[] {
  const n = r.nextAudit;
  if (!n) return [];
  const when = n.daysLeft >= 0 ? `${n.daysLeft} day(s) left` : `${-n.daysLeft} day(s) overdue`;
  const lines = ['', `Next audit: ${n.milestone} on ${n.date} (${when})`];
  if (n.due.length) lines.push('  Before it:');
  for (const d of n.due.slice(0, TOP)) lines.push(`    - ${d}`);
  if (n.due.length > TOP) lines.push(`    … and ${n.due.length - TOP} more (--json lists all)`);
  return lines;
}

export function readinessText(r: Readiness): string {
  const width = Math.max(...r.areas.map((a) => a.name.length));
  const lines = [
    `Certification readiness: ${r.overall}/100 — ${r.verdictLabel}`,
    `  ${r.verdictReason}`,
    '',
    'Areas',
  ];
  for (const a of r.areas)
    lines.push(
      `  ${a.name.padEnd(width)}  ${bar(a.score)} ${String(a.score).padStart(3)}  (${a.points}/${a.max} points)`,
    );
  lines.push(
    '',
    r.blockers.length
      ? `Blockers: ${r.blockers.length} major finding(s), listed under the stage they block`
      : 'Blockers: none (no major finding)',
    '',
    'Stages',
    ...stageLines(r.stages.stage1).map((l) => `  ${l}`),
    ...stageLines(r.stages.stage2, new Set(r.stages.stage1.blockers)).map((l) => `  ${l}`),
  );
  lines.push(...nextAuditLines(r));
  const top = [...r.deductions].sort((a, b) => b.points - a.points).slice(0, TOP);
  if (top.length)
    lines.push('', `Top deductions (${top.length} of ${r.deductions.length}; --json lists all)`);
  for (const d of top) {
    const at = d.locations.length
      ? ` — ${where(d.locations[0])}${d.locations.length + d.moreLocations > 1 ? ` and ${d.locations.length + d.moreLocations - 1} more` : ''}`
      : '';
    lines.push(`  -${d.points}  ${d.ref ? `[${d.ref}] ` : ''}${d.reason}${at}`);
  }
  lines.push(
    '',
    `Workbooks: ${r.workbooks.join(', ')}; as of ${r.asOf}. Arithmetic: docs/readiness.md.`,
  );
  return `${lines.join('\n')}\n`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    json: { type: 'boolean' },
    'as-of': { type: 'string' },
  });
  if (positionals.length === 0) throw new UsageError('no workbook given');
  const asOf = parseAsOf(values['as-of'], io);
  const inputs = await readInputs(positionals, io);
  if (inputs === null) return 2;
  const r = scoreReadiness(
    inputs.map((i) => parseWorkbook(i.snapshot).workbook),
    { asOf },
  );
  io.stdout.write(values.json ? `${JSON.stringify(r, null, 2)}\n` : readinessText(r));
  return r.verdict === 'not-ready' ? 1 : 0;
}
