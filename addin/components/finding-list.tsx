/**
 * Findings grouped by severity (then "Could not be checked", then to-dos) and by rule or sheet.
 * Long lists are virtualised (only the rows in view are in the DOM, so 50,000 findings stay
 * fast); short ones render whole. One tab stop: arrow keys, Home and End move between findings.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { makeStyles } from '@fluentui/react-components';
import type { Finding } from '../../shared/validation';
import { listRows, type GroupBy } from '../findings/rows';
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
  actions: ItemActions;
}) {
  const s = useStyles();
  const rows = useMemo(
    () => listRows(props.findings, props.blankSoa, props.groupBy),
    [props.findings, props.blankSoa, props.groupBy],
  );
  const items = useMemo(() => rows.flatMap((r, i) => (r.kind === 'finding' ? [i] : [])), [rows]);
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUAL_FROM;
  const v = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i].kind === 'finding' ? 110 : 36),
    overscan: 8,
  });
  const wanted = items[Math.min(active, items.length - 1)] ?? -1;
  // One tab stop even when the active finding is scrolled out of the virtual window.
  const shown = virtual ? v.getVirtualItems().map((it) => it.index) : null;
  const activeRow =
    shown && !shown.includes(wanted)
      ? (shown.find((i) => rows[i].kind === 'finding') ?? wanted)
      : wanted;
  const focusRow = (k: number) => {
    const next = Math.max(0, Math.min(items.length - 1, k));
    setActive(next);
    if (virtual) v.scrollToIndex(items[next], { align: 'auto' });
    requestAnimationFrame(() =>
      scroller.current
        ?.querySelector<HTMLElement>(`[data-row="${items[next]}"] [data-finding]`)
        ?.focus(),
    );
  };
  const onKey = (e: KeyboardEvent) => {
    const keys: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      Home: 0,
      End: items.length - 1,
      PageDown: active + 10,
      PageUp: active - 10,
    };
    if (!(e.key in keys) || !(e.target as HTMLElement).dataset.finding) return;
    e.preventDefault();
    focusRow(keys[e.key]);
  };
  const view = (i: number) => (
    <RowView
      row={rows[i]}
      actions={props.actions}
      active={i === activeRow}
      onFocus={() => setActive(items.indexOf(i))}
    />
  );
  if (!virtual)
    return (
      <div ref={scroller} onKeyDown={onKey} role="region" aria-label="Findings">
        {rows.map((r, i) => (
          <div key={r.kind === 'finding' ? r.key : `${r.kind}-${r.group}-${i}`} data-row={i}>
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
