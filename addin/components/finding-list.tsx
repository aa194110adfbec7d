/**
 * Findings grouped by severity (then "Could not be checked", then to-dos) and by rule or sheet.
 * Long lists are virtualised (only the rows in view are in the DOM, so 50,000 findings stay
 * fast); short ones render whole. One tab stop: arrow keys, Home and End move between findings.
 */
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { makeStyles } from '@fluentui/react-components';
import type { Finding } from '../../shared/validation';
import type { GroupBy, Section } from '../findings/digest';
import { groupedRows, rowModel, type ListRow } from '../findings/rows';
import type { ItemActions } from './finding-item';
import { RowView } from './finding-row';

/** Above this many rows the list is virtualised. */
const VIRTUAL_FROM = 150;

const useStyles = makeStyles({
  scroller: { maxHeight: '70vh', overflowY: 'auto', contain: 'strict', height: '70vh' },
});

export function FindingList(props: {
  findings: readonly Finding[];
  blankSoa: boolean;
  groupBy: GroupBy;
  /** The findings' arrangement when they are already in its order (the engine's digest). */
  sections?: readonly Section[] | null;
  actions: ItemActions;
}) {
  const s = useStyles();
  const { findings, blankSoa, groupBy, sections } = props;
  const rows = useMemo(
    () => (sections ? rowModel(findings, sections) : groupedRows(findings, blankSoa, groupBy)),
    [findings, blankSoa, groupBy, sections],
  );
  // One object per row while the rows stand, so memoised rows skip the virtualiser's re-renders.
  const built = useMemo(() => new Map<number, ListRow>(), [rows]);
  const rowAt = (i: number) => {
    const r = built.get(i) ?? rows.row(i);
    built.set(i, r);
    return r;
  };
  const [active, setActive] = useState(0);
  const onFocusRow = useCallback((i: number) => setActive(rows.findingAt(i)), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.count > VIRTUAL_FROM;
  const v = useVirtualizer({
    count: virtual ? rows.count : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows.findingAt(i) >= 0 ? 110 : 36),
    overscan: 8,
    // Measuring rows re-renders in a normal update, not synchronously inside React's commit
    // (which would make the first view of a long list one long task).
    useFlushSync: false,
  });
  const wanted = rows.findings > 0 ? rows.rowOfFinding(Math.min(active, rows.findings - 1)) : -1;
  // One tab stop even when the active finding is scrolled out of the virtual window.
  const shown = virtual ? v.getVirtualItems().map((it) => it.index) : null;
  const activeRow =
    shown && !shown.includes(wanted)
      ? (shown.find((i) => rows.findingAt(i) >= 0) ?? wanted)
      : wanted;
  const focusRow = (k: number) => {
    const next = Math.max(0, Math.min(rows.findings - 1, k));
    const at = rows.rowOfFinding(next);
    setActive(next);
    if (virtual) v.scrollToIndex(at, { align: 'auto' });
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-row="${at}"] [data-finding]`)?.focus(),
    );
  };
  const onKey = (e: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: rows.findings - 1,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    if (!(e.key in keys) || !(e.target as HTMLElement).dataset.finding) return;
    e.preventDefault();
    focusRow(keys[e.key]);
  };
  const view = (i: number) => (
    <RowView
      row={rowAt(i)}
      index={i}
      actions={props.actions}
      active={i === activeRow}
      onFocusRow={onFocusRow}
    />
  );
  if (!virtual)
    return (
      <div ref={scroller} onKeyDown={onKey} role="region" aria-label="Findings">
        {Array.from({ length: rows.count }, (_, i) => (
          <div key={i} data-row={i}>
            {view(i)}
          </div>
        ))}
      </div>
    );
  return (
    <div
      ref={scroller}
      className={s.scroller}
      onKeyDown={onKey}
      role="region"
      aria-label="Findings"
    >
      <div style={{ height: v.getTotalSize(), position: 'relative' }}>
        {v.getVirtualItems().map((it) => (
          <div
            key={it.key}
            data-index={it.index}
            data-row={it.index}
            ref={v.measureElement}
            style={{
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${it.start}px)`,
            }}
          >
            {view(it.index)}
          </div>
        ))}
      </div>
    </div>
  );
}
