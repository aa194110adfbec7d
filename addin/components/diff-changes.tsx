/**
 * The changes of a review-cycle diff, grouped by area (risks, SoA, clauses …): readiness before
 * and after first, then one collapsible group per area, each change as "what: field before → after".
 */
import { Badge, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ChangeItem } from '../../shared/diff/change-item';
import { AREAS, fieldLabel, groupChanges, subjectOf } from '../../shared/diff/describe-change';
import type { DiffResult } from '../../shared/diff/diff-workbooks';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  card: CARD_STYLE,
  group: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalXS,
  },
  summary: {
    cursor: 'pointer',
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
  before: {
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
    overflowWrap: 'anywhere',
  },
  after: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  what: { overflowWrap: 'anywhere' },
});

const BADGE = {
  added: { color: 'success', label: 'Added' },
  removed: { color: 'danger', label: 'Removed' },
  changed: { color: 'informative', label: 'Changed' },
} as const;

function Change(props: { c: ChangeItem }) {
  const s = useStyles();
  const { c } = props;
  const b = BADGE[c.kind];
  const label = c.area === 'finding' && c.kind === 'added' ? 'Opened' : b.label;
  return (
    <li className={s.item}>
      <Badge size="small" appearance="tint" color={b.color}>
        {label}
      </Badge>
      <div className={s.what}>
        <Text size={200} weight="semibold">
          {subjectOf(c)}
        </Text>
        {c.kind === 'changed' ? (
          <Caption1 block>
            {`${fieldLabel(c.field)}: `}
            <span className={s.before}>{c.before ?? '(blank)'}</span>
            {' → '}
            <span className={s.after}>{c.after ?? '(blank)'}</span>
          </Caption1>
        ) : null}
      </div>
    </li>
  );
}

export function DiffChanges(props: { d: DiffResult }) {
  const s = useStyles();
  const { d } = props;
  const { before, after } = d.readiness;
  return (
    <section
      className={s.card}
      aria-label="Changes since the previous version"
      data-testid="diff-result"
    >
      <Text weight="semibold">
        {d.identical
          ? `No differences since ${d.previous.join(', ')}`
          : `${d.items.length} change(s) since ${d.previous.join(', ')}`}
      </Text>
      <Caption1>{`Readiness ${before.overall} → ${after.overall} (${after.verdictLabel})`}</Caption1>
      {d.methodology.rescaled ? (
        <Caption1>
          The risk scales changed: previous scores are shown rescaled onto the current ones.
        </Caption1>
      ) : null}
      {d.migratedControls > 0 ? (
        <Caption1>{`${d.migratedControls} SoA row(s) with 2013 ids matched through the 2013 → 2022 mapping.`}</Caption1>
      ) : null}
      {groupChanges(d.items, AREAS).map((g) => (
        <details key={g.area} className={s.group} open={g.items.length <= 8}>
          <summary className={s.summary}>
            <span>{g.title}</span>
            <span>{g.items.length}</span>
          </summary>
          <ul className={s.list}>
            {g.items.map((c, i) => (
              <Change key={`${c.id}-${c.field ?? c.kind}-${i}`} c={c} />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
