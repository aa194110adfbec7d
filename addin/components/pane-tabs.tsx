/**
 * The task pane's tabs, one entry each: id, label, and what it renders from the pane context.
 * To add a tab (e.g. the diff panel), add one entry to PANE_TABS; `needs: 'assessment'` shows
 * the "no workbook" state until a workbook has been checked. Heavier panels load on demand.
 */
import { Suspense, lazy, type ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';
import type { AddinDeps } from '../deps';
import type { WorkbookApi } from '../hooks/use-workbook';
import type { PaneAssessment } from '../engine/types';
import { CheckPanel } from './check-panel';
import { HeatMapPanel } from './heatmap-panel';
import { SoaPanel } from './soa-panel';

const ReadinessPanel = lazy(() =>
  import('./readiness-panel').then((m) => ({ default: m.ReadinessPanel })),
);
// Reports and Compare bring the report and review-cycle code (and the 2013 → 2022 catalog the
// diff matches by): loaded when first opened, which keeps the first load within 200 KB gzip.
const ReportsTab = lazy(() => import('./reports-tab').then((m) => ({ default: m.ReportsTab })));
const DiffTab = lazy(() => import('./diff-tab').then((m) => ({ default: m.DiffTab })));

export type TabId = 'setup' | 'check' | 'heatmaps' | 'soa' | 'readiness' | 'reports' | 'compare';

export type TabContext = {
  readonly deps: AddinDeps;
  readonly wb: WorkbookApi;
  readonly assessment: PaneAssessment;
  /** Starts the Set up conversion of the current workbook. */
  readonly convert: () => void;
};

export type PaneTab = {
  readonly id: TabId;
  readonly label: string;
  readonly aria: string;
  /** Rendered once a workbook has been assessed ('setup' renders itself; see TaskPane). */
  readonly render?: (ctx: TabContext) => ReactNode;
};

const later = (node: ReactNode) => <Suspense fallback={<Spinner size="tiny" />}>{node}</Suspense>;

export const PANE_TABS: readonly PaneTab[] = [
  { id: 'setup', label: 'Set up', aria: 'Set up' },
  {
    id: 'check',
    label: 'Check',
    aria: 'Check',
    render: (c) => (
      <CheckPanel
        assessment={c.assessment}
        excel={c.deps.excel}
        onConvert={c.convert}
        row={(f) => c.deps.engine.row(f.workbook, f.sheet ?? '', f.row ?? 0)}
        digest={c.wb.result?.digest}
      />
    ),
  },
  {
    id: 'heatmaps',
    label: 'Heat maps',
    aria: 'Heat maps',
    render: (c) => (
      <HeatMapPanel
        assessment={c.assessment}
        excel={c.deps.excel}
        asOf={c.wb.asOf}
        movement={c.wb.result?.movement}
        cellRisks={c.deps.engine.cellRisks}
      />
    ),
  },
  {
    id: 'soa',
    label: 'SoA',
    aria: 'Statement of Applicability',
    render: (c) => <SoaPanel assessment={c.assessment} controls={c.wb.result?.controls ?? null} />,
  },
  {
    id: 'readiness',
    label: 'Readiness',
    aria: 'Certification readiness',
    render: (c) =>
      later(
        <ReadinessPanel
          engine={c.deps.engine}
          excel={c.deps.excel}
          asOf={c.wb.asOf}
          result={c.wb.result}
        />,
      ),
  },
  {
    id: 'reports',
    label: 'Reports',
    aria: 'Readiness and reports',
    render: (c) => later(<ReportsTab deps={c.deps} wb={c.wb} />),
  },
  {
    id: 'compare',
    label: 'Compare',
    aria: 'Compare with a previous version',
    render: (c) => later(<DiffTab deps={c.deps} wb={c.wb} />),
  },
];
