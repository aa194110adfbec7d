/**
 * Bounded findings lists for every output (API responses, CLI text and --json): per workbook and
 * rule at most `perRule` findings are listed, then one summary finding of the same rule and
 * severity says how many more there are; at most `maxListed` real findings are listed in all. The
 * summary always counts every finding exactly, so the verdict never depends on the cap. Messages
 * and locations are clipped, so every listed finding has a bounded size (docs/api.md, "Size of a
 * response").
 */
import { summarize, type Finding, type FindingSummary } from './finding';

export type CapOptions = {
  /** Findings listed per workbook and rule before the "and N more" summary (default 100). */
  readonly perRule?: number;
  /** Real findings listed in all, across workbooks and rules (default 2,000). */
  readonly maxListed?: number;
  /** Longest message kept; longer ones end in "…" (default 1,000 characters). */
  readonly maxMessageChars?: number;
};

export const DEFAULT_CAP: Required<CapOptions> = {
  perRule: 100,
  maxListed: 2000,
  maxMessageChars: 1000,
};

/** Longest workbook or sheet name kept in a listed finding (Excel's own limit is 31 for sheets). */
const MAX_NAME_CHARS = 255;

export type CappedFindings = {
  /** The listed findings in their original order, each group's summary where its first omitted one was. */
  readonly findings: readonly Finding[];
  /** Exact counts over every finding, listed or not, plus how many were left out. */
  readonly summary: FindingSummary & { readonly omitted: number };
};

type Group = {
  listed: number;
  omitted: number;
  /** Index in the output where the summary goes (-1 until the first omitted finding). */
  slot: number;
  /** The sheet all omitted findings share, or null when they differ or have none. */
  sheet: string | null | undefined;
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function clipped(f: Finding, maxMessage: number): Finding {
  if (
    f.message.length <= maxMessage &&
    f.workbook.length <= MAX_NAME_CHARS &&
    (f.sheet?.length ?? 0) <= MAX_NAME_CHARS
  )
    return f;
  return {
    ...f,
    workbook: clip(f.workbook, MAX_NAME_CHARS),
    sheet: f.sheet === null ? null : clip(f.sheet, MAX_NAME_CHARS),
    message: clip(f.message, maxMessage),
  };
}

const count = (n: number) => n.toLocaleString('en-US');

function moreFinding(first: Finding, g: Group, maxListed: number, maxMessage: number): Finding {
  const s = g.omitted === 1 ? '' : 's';
  const message =
    g.listed > 0
      ? `…and ${count(g.omitted)} more ${first.rule} finding${s} in this workbook ` +
        `(${count(g.listed + g.omitted)} in all; the first ${count(g.listed)} are listed).`
      : `${count(g.omitted)} ${first.rule} finding${s} in this workbook not listed ` +
        `(at most ${count(maxListed)} findings are listed in one report).`;
  return clipped({ ...first, sheet: g.sheet ?? null, cell: null, row: null, message }, maxMessage);
}

/**
 * Caps a findings list for output. Pure and linear: one pass, no spreads of the input (a
 * million findings must not overflow the stack).
 *
 * @example capFindings(findings, { perRule: 2 }).summary.omitted
 */
export function capFindings(all: readonly Finding[], opts: CapOptions = {}): CappedFindings {
  const { perRule, maxListed, maxMessageChars } = { ...DEFAULT_CAP, ...opts };
  const groups = new Map<string, Group>();
  const firsts = new Map<Group, Finding>();
  const out: (Finding | Group)[] = [];
  let listed = 0;
  for (const f of all) {
    const key = `${f.workbook}\u0000${f.rule}\u0000${f.severity}`;
    let g = groups.get(key);
    if (!g) {
      g = { listed: 0, omitted: 0, slot: -1, sheet: undefined };
      groups.set(key, g);
      firsts.set(g, f);
    }
    if (g.listed < perRule && listed < maxListed) {
      g.listed++;
      listed++;
      out.push(clipped(f, maxMessageChars));
      continue;
    }
    g.omitted++;
    g.sheet = g.sheet === undefined || g.sheet === f.sheet ? f.sheet : null;
    if (g.slot < 0) {
      g.slot = out.length;
      out.push(g);
    }
  }
  const findings = out.map((x) =>
    'rule' in x ? x : moreFinding(firsts.get(x) as Finding, x, maxListed, maxMessageChars),
  );
  return { findings, summary: { ...summarize(all), omitted: all.length - listed } };
}
