/** Fake deps and a small hand-made assessment for component tests (no Office, no core). */
// happy-dom's Web Animations reject on cancel, which Fluent's motion does on unmount; without
// `animate` Fluent skips animation entirely (as under reduced motion).
if (typeof Element !== 'undefined') Reflect.deleteProperty(Element.prototype, 'animate');
import type { Assessment, HeatMap, ThemeProgress } from '../../../shared/model/assessment';
import type { AddinDeps, ExcelActions } from '../../../addin/deps';
import type { ApiClient } from '../../../addin/api/client';
import type { ReadinessView } from '../../../addin/api/readiness-view';
import { makeInlineEngine, type InlineParts } from '../../../addin/engine/inline-engine';
import type { Finding } from '../../../shared/validation/finding';
import { summarize } from '../../../shared/validation/finding';
import type { WorkbookSnapshot } from '../../../shared/grid/grid';
import { DEFAULT_METHODOLOGY } from '../../../shared/risk/methodology';
import { CONTROLS } from '../../../shared/catalog/controls';
import type { ControlRow } from '../../../addin/soa/control-rows';
import { computeScore, rateScore } from '../../../shared/risk/score-risk';

export const FINDINGS: Finding[] = [
  {
    rule: 'RR-REQUIRED',
    severity: 'major',
    workbook: 'reg.xlsx',
    sheet: 'Risks',
    cell: 'F3',
    row: 3,
    message: 'Risk R2 has no risk owner (ISO/IEC 27001:2022 6.1.2 c 2).',
  },
  {
    rule: 'RR-SCALE',
    severity: 'minor',
    workbook: 'reg.xlsx',
    sheet: 'Risks',
    cell: 'G4',
    row: 4,
    message: 'Likelihood "high" of risk R3 is not a level of the 1–5 scale (6.1.2 a).',
  },
  {
    rule: 'SOA-NO-EVIDENCE',
    severity: 'observation',
    workbook: 'reg.xlsx',
    sheet: 'SoA',
    cell: 'H9',
    row: 9,
    message: 'Control A.5.8 is implemented but no evidence is referenced (7.5).',
  },
  {
    rule: 'SOA-NO-EVIDENCE',
    severity: 'observation',
    workbook: 'reg.xlsx',
    sheet: 'SoA',
    cell: 'H10',
    row: 10,
    message: 'Control A.5.9 is implemented but no evidence is referenced (7.5).',
  },
];

function heatMap(kind: 'inherent' | 'residual', placed: Record<string, string[]>): HeatMap {
  const m = DEFAULT_METHODOLOGY;
  const cells = m.likelihood.flatMap((l) =>
    m.impact.map((i) => {
      const score = computeScore(m, l.level, i.level);
      const band = score === null ? null : rateScore(m, score);
      const riskIds = placed[`${l.level}x${i.level}`] ?? [];
      return {
        likelihood: l.level,
        impact: i.level,
        score,
        band: band?.name ?? null,
        color: band?.color ?? null,
        count: riskIds.length,
        riskIds,
      };
    }),
  );
  return {
    kind,
    likelihood: m.likelihood,
    impact: m.impact,
    cells,
    unplaced: [],
    total: Object.values(placed).flat().length,
  };
}

const theme = (
  name: string,
  controls: number,
  applicable: number,
  implemented: number,
  evidence: number,
): ThemeProgress => ({
  theme: name,
  controls,
  applicable,
  excluded: controls - applicable,
  undecided: 0,
  implemented,
  partial: 0,
  planned: 0,
  notImplemented: applicable - implemented,
  withEvidence: evidence,
});

export function makeAssessment(findings: Finding[] = FINDINGS): Assessment {
  return {
    workbook: {
      name: 'reg.xlsx',
      methodology: DEFAULT_METHODOLOGY,
      methodologySheet: 'Methodology',
      assets: [],
      risks: [
        { id: 'R1', description: 'Ransomware encrypts file servers', controls: ['A.7.4'] },
        { id: 'R2', description: 'Laptop theft', controls: [] },
      ] as unknown as Assessment['workbook']['risks'],
      soa: makeControls().map((c, i) => ({
        ref: { sheet: 'SoA', row: i + 2, columns: {} },
        idText: c.id,
        controlId: c.id.slice(2),
        title: c.title,
        theme: c.theme,
        applicable: c.applicable,
        applicableRaw: c.applicable ? 'Yes' : 'No',
        justification: null,
        status: c.status,
        statusRaw: c.status,
        howImplemented: null,
        evidence: c.evidence,
        owner: null,
        linkedRisks: [],
        lastReviewed: null,
      })),
      clauses: [],
      auditFindings: [],
    },
    findings,
    summary: summarize(findings),
    heatMaps: {
      inherent: heatMap('inherent', { '4x4': ['R1', 'R2'] }),
      residual: heatMap('residual', { '2x3': ['R1'], '1x2': ['R2'] }),
    },
    soaProgress: {
      byTheme: [
        theme('Organizational', 37, 37, 30, 28),
        theme('People', 8, 8, 8, 8),
        theme('Physical', 14, 12, 10, 10),
        theme('Technological', 34, 33, 20, 15),
      ],
      total: theme('Total', 93, 90, 68, 61),
      excludedButReferenced: [{ controlId: '7.4', riskIds: ['R1'] }],
    },
  };
}

export const SNAPSHOT: WorkbookSnapshot = { name: 'reg.xlsx', sheets: [], tables: [] };

export function fakeReadiness(): ReadinessView {
  return {
    asOf: '2025-06-30',
    overall: 72,
    verdict: 'stage-1',
    verdictLabel: 'Ready for Stage 1',
    verdictReason: 'No blockers; 72 ≥ 60.',
    areas: [{ id: 'context', name: 'Context and scope', score: 90, points: 9, max: 10 }],
    blockers: [],
    deductions: [],
  };
}

export function fakeApi(over: Partial<ApiClient> = {}): ApiClient {
  return {
    baseUrl: '/api',
    readiness: async () => fakeReadiness(),
    gapReport: async (_w, asOf, format) => ({
      blob: new Blob(['{}']),
      fileName: `gap-report-${asOf}.${format}`,
    }),
    report: async (kind, _w, asOf, format) => ({
      blob: new Blob(['{}']),
      fileName: `${kind}-${asOf}.${format}`,
    }),
    template: async (method) => ({
      blob: new Blob(['xlsx']),
      fileName: `isms-register-${method}.xlsx`,
    }),
    diff: async () => {
      throw new Error('fakeApi: no diff given');
    },
    convert: async (_file, fileName) => ({
      blob: new Blob(['xlsx']),
      fileName: `${fileName.replace(/\.\w+$/, '')} (canonical).xlsx`,
    }),
    ...over,
  };
}

export function fakeExcelActions(
  over: Partial<ExcelActions> = {},
): ExcelActions & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    readWorkbook: async () => SNAPSHOT,
    setup: async () => ({
      created: ['Methodology', 'Risks'],
      skipped: [
        { sheet: 'SoA', reason: 'a sheet named “SoA” already exists; it was left untouched' },
      ],
      formulas: true,
    }),
    selectCell: async (sheet, cell) => {
      calls.push(`select ${sheet}!${cell}`);
    },
    markFindings: async (f) => {
      calls.push('mark');
      return f.length;
    },
    clearMarks: async () => {
      calls.push('clear');
      return 2;
    },
    writeHeatMaps: async () => 'ISMS Heat Maps',
    readActiveSheet: async () => {
      calls.push('readActiveSheet');
      return SNAPSHOT;
    },
    writeImport: async (rows) => {
      calls.push(
        `writeImport ${Object.entries(rows)
          .map(([t, r]) => `${t}:${r?.length ?? 0}`)
          .join(',')}`,
      );
      return {
        setup: null,
        tables: Object.entries(rows).map(([table, r]) => ({
          table,
          sheet: 'Risks',
          added: r?.length ?? 0,
          completed: 0,
          duplicates: 0,
          missingColumns: [],
        })),
        notWritten: [],
      };
    },
    watch: async () => async () => {},
    ...over,
  };
}

type FakeParts = {
  /** What assessing any snapshot gives (default: makeAssessment()). */
  readonly assess?: (snapshot: WorkbookSnapshot, asOf: string) => Assessment;
  readonly readiness?: InlineParts['readiness'];
};

/** Browser-mode deps over an in-thread engine that reads with `openFile` and assesses with `assess`. */
export function fakeDeps(over: Partial<AddinDeps> & FakeParts = {}): AddinDeps {
  const { assess, readiness, ...rest } = over;
  const openFile = rest.openFile === undefined ? async () => SNAPSHOT : rest.openFile;
  const engine = makeInlineEngine({
    read: (f) => (openFile ?? (async () => SNAPSHOT))(f),
    assess: assess ?? (() => makeAssessment()),
    readiness: readiness ?? (() => fakeReadiness()),
  });
  return {
    host: 'browser',
    theme: 'light',
    today: () => '2025-06-30',
    api: fakeApi(),
    excel: null,
    openFile,
    engine,
    ...rest,
  };
}

/** Per theme: [applicable, implemented, with evidence] — the same numbers as makeAssessment(). */
const CONTROL_PLAN: Record<string, [number, number, number]> = {
  Organizational: [37, 30, 28],
  People: [8, 8, 8],
  Physical: [12, 10, 10],
  Technological: [33, 20, 15],
};

/**
 * The 93 control rows matching makeAssessment(): excluded controls first in each theme except
 * that Physical excludes A.7.4 (which risk R1 relies on) and A.7.5.
 */
export function makeControls(): ControlRow[] {
  const seen: Record<string, number> = {};
  const physicalExcluded = new Set(['7.4', '7.5']);
  return CONTROLS.map((c) => {
    const [applicable, implemented, evidence] = CONTROL_PLAN[c.theme];
    const excludedCount = CONTROLS.filter((x) => x.theme === c.theme).length - applicable;
    const excluded =
      c.theme === 'Physical' ? physicalExcluded.has(c.id) : (seen[c.theme] ?? 0) < excludedCount;
    const k = excluded ? -1 : (seen[`${c.theme}+`] = (seen[`${c.theme}+`] ?? 0) + 1) - 1;
    seen[c.theme] = (seen[c.theme] ?? 0) + 1;
    return {
      id: `A.${c.id}`,
      title: c.title,
      theme: c.theme,
      applicable: !excluded,
      status: excluded ? null : k < implemented ? 'Implemented' : 'Planned',
      evidence: !excluded && k < evidence ? `Record ${c.id}` : null,
      risks: c.id === '7.4' ? ['R1'] : [],
      riskCount: c.id === '7.4' ? 1 : 0,
      at: { sheet: 'SoA', row: 2, cell: 'D2' },
    };
  });
}
