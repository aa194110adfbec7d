/** All 93 Annex A controls with theme, applicability, status, evidence and linked risks; filterable. */
import { useState } from 'react';
import {
  Caption1,
  Select,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  CONTROL_FILTERS,
  filterControls,
  filterCounts,
  type ControlFilter,
} from '../soa/control-filters';
import type { ControlRow } from '../soa/control-rows';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  card: CARD_STYLE,
  chips: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    overflowX: 'auto',
    flexWrap: 'nowrap',
    paddingBottom: '2px',
  },
  chip: { flexShrink: 0, whiteSpace: 'nowrap' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

const decision = (c: ControlRow) =>
  c.applicable === null ? 'Undecided' : c.applicable ? 'Applicable' : 'Excluded';

function Item(props: { c: ControlRow }) {
  const s = useStyles();
  const { c } = props;
  const risks =
    c.riskCount === 0
      ? 'no linked risks'
      : `risks ${c.risks.join(', ')}${c.riskCount > c.risks.length ? ` +${c.riskCount - c.risks.length}` : ''}`;
  return (
    <li className={s.item} data-testid={`control-${c.id}`}>
      <Text size={300}>
        <Text weight="semibold">{c.id}</Text> {c.title}
      </Text>
      <Caption1 className={s.meta}>
        {`${c.theme} · ${decision(c)} · ${c.status ?? 'no status'} · ${c.evidence ? `evidence: ${c.evidence}` : 'no evidence'} · ${risks}`}
      </Caption1>
    </li>
  );
}

export function ControlList(props: { rows: readonly ControlRow[] }) {
  const s = useStyles();
  const [filter, setFilter] = useState<ControlFilter>('all');
  const [theme, setTheme] = useState<string | null>(null);
  const counts = filterCounts(props.rows);
  const shown = filterControls(props.rows, filter, theme);
  return (
    <section className={s.card} aria-label="Annex A controls">
      <Text weight="semibold">Controls</Text>
      <div className={s.chips} role="group" aria-label="Filter controls">
        {CONTROL_FILTERS.map((f) => (
          <ToggleButton
            key={f.id}
            size="small"
            shape="circular"
            className={s.chip}
            checked={filter === f.id}
            onClick={() => setFilter(f.id)}
          >
            {`${f.label} (${counts[f.id]})`}
          </ToggleButton>
        ))}
      </div>
      <Select
        size="small"
        aria-label="Theme"
        value={theme ?? ''}
        onChange={(_, d) => setTheme(d.value || null)}
      >
        <option value="">All themes</option>
        {[...new Set(props.rows.map((r) => r.theme))].map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </Select>
      <Caption1 aria-live="polite">{`${shown.length} of ${props.rows.length} controls`}</Caption1>
      <ul className={s.list}>
        {shown.map((c) => (
          <Item key={c.id} c={c} />
        ))}
      </ul>
    </section>
  );
}
