/**
 * The review step of a conversion: per sheet, what it was read as and from which header row, each
 * source column with the canonical column it goes to (changeable, or "Not imported") and how sure
 * the match is; then what was migrated, left out and why. Pure presentation: edits go to the
 * callbacks, which run the importer again.
 */
import {
  Badge,
  Caption1,
  Dropdown,
  Input,
  Option,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { WorkbookSnapshot } from '../../shared/grid';
import type { ImportKind, ImportResult, SheetImport } from '../../shared/import';
import { columnSamples } from '../import/column-samples';
import { IGNORE, KIND_LABELS, countOf, fieldLabel, fieldOptions } from '../import/field-labels';
import { labelsOf } from '../import/review-mapping';
import { ReviewDetails } from './review-details';
import { CARD_STYLE } from './card-style';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  card: CARD_STYLE,
  settings: {
    display: 'grid',
    gridTemplateColumns: '1fr 88px',
    gap: tokens.spacingHorizontalS,
    alignItems: 'end',
  },
  field: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  columns: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  column: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: '4px',
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    '@media (min-width: 560px)': {
      gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
      alignItems: 'center',
    },
  },
  source: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  letter: {
    flexShrink: 0,
    minWidth: '24px',
    textAlign: 'center',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: '1px 4px',
  },
  header: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: 0, width: '100%' },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  samples: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export type ReviewProps = {
  readonly result: ImportResult;
  /** Detection confidence by `sheet|column|field`; a mapping not in here was set by the reviewer. */
  readonly hints: ReadonlyMap<string, number>;
  readonly onColumn: (sheet: string, column: string, field: string) => void;
  readonly onKind: (sheet: string, kind: ImportKind) => void;
  readonly onHeaderRow: (sheet: string, row: number) => void;
  /** The source, for three sample values under each column (left out: no samples shown). */
  readonly snapshot?: WorkbookSnapshot;
};

const sure = (v: number | undefined) =>
  v === undefined ? 'as you set it' : `detected, ${Math.round(v * 100)}% sure`;

function Confidence(props: { value: number | undefined }) {
  const v = props.value;
  if (v === undefined)
    return (
      <Badge size="small" appearance="outline" color="brand">
        set by you
      </Badge>
    );
  if (v >= 0.95)
    return (
      <Badge size="small" appearance="tint" color="success">
        exact
      </Badge>
    );
  const pct = `${Math.round(v * 100)}%`;
  return v >= 0.75 ? (
    <Badge size="small" appearance="tint" color="informative">
      {pct}
    </Badge>
  ) : (
    <Badge size="small" appearance="tint" color="warning">{`${pct} · check`}</Badge>
  );
}

type ColumnRowProps = {
  sheet: SheetImport;
  column: string;
  header: string;
  field: string;
  hint: number | undefined;
  clash: string | null;
  samples: readonly string[];
  evidence: string | undefined;
  onColumn: ReviewProps['onColumn'];
};

/** The source side of a column: its letter, header, confidence and three sample values. */
function ColumnSource(props: ColumnRowProps) {
  const s = useStyles();
  const { column, header, field } = props;
  return (
    <div className={s.field}>
      <div className={s.source}>
        <span className={s.letter}>{column}</span>
        <Text className={mergeClasses(s.header, field === IGNORE && s.muted)} title={header}>
          {header || '(no header)'}
        </Text>
        {field === IGNORE ? null : <Confidence value={props.hint} />}
      </div>
      {props.samples.length ? (
        <Caption1 className={s.samples}>{`e.g. ${props.samples.join(' · ')}`}</Caption1>
      ) : null}
      {props.evidence && field !== IGNORE ? (
        <Caption1 className={s.samples}>{props.evidence}</Caption1>
      ) : null}
    </div>
  );
}

/** The target side: every field of the kind, or "Not imported". */
function ColumnTarget(props: ColumnRowProps) {
  const s = useStyles();
  const { sheet, column, header, field } = props;
  const options = [...fieldOptions(sheet.kind), { key: IGNORE, label: 'Not imported' }];
  return (
    <div className={s.field}>
      <Dropdown
        className={s.dropdown}
        size="small"
        aria-label={`Column ${column} “${header}” goes to`}
        value={fieldLabel(sheet.kind, field)}
        selectedOptions={[field]}
        onOptionSelect={(_, d) =>
          d.optionValue &&
          d.optionValue !== field &&
          props.onColumn(sheet.sheet, column, d.optionValue)
        }
      >
        {options.map((o) => (
          <Option key={o.key} value={o.key}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
      {field === IGNORE ? (
        <Caption1 className={s.muted}>stays in the original sheet only</Caption1>
      ) : null}
      {props.clash ? (
        <Caption1
          className={s.warn}
        >{`Also mapped from column ${props.clash}: only one is used`}</Caption1>
      ) : null}
    </div>
  );
}

function ColumnRow(props: ColumnRowProps) {
  const s = useStyles();
  return (
    <li className={s.column} data-testid={`column-${props.column}`}>
      <ColumnSource {...props} />
      <ColumnTarget {...props} />
    </li>
  );
}

/** What the sheet holds and where its header is: both editable. */
function SheetSettings(props: ReviewProps & { sheet: SheetImport }) {
  const s = useStyles();
  const { sheet } = props;
  const headerRow = sheet.headerRows.length ? sheet.headerRows[sheet.headerRows.length - 1] : 1;
  return (
    <div className={s.settings}>
      <div className={s.field}>
        <Caption1>Holds</Caption1>
        <Dropdown
          size="small"
          className={s.dropdown}
          aria-label={`What sheet ${sheet.sheet} holds`}
          value={KIND_LABELS[sheet.kind]}
          selectedOptions={[sheet.kind]}
          onOptionSelect={(_, d) =>
            d.optionValue &&
            d.optionValue !== sheet.kind &&
            props.onKind(sheet.sheet, d.optionValue as ImportKind)
          }
        >
          {(Object.keys(KIND_LABELS) as ImportKind[]).map((k) => (
            <Option key={k} value={k}>
              {KIND_LABELS[k]}
            </Option>
          ))}
        </Dropdown>
      </div>
      <div className={s.field}>
        <Caption1>Header row</Caption1>
        <Input
          size="small"
          type="number"
          min={1}
          aria-label={`Header row of ${sheet.sheet}`}
          defaultValue={String(headerRow)}
          key={headerRow}
          onBlur={(e) => {
            const n = Number(e.target.value);
            if (n !== headerRow) props.onHeaderRow(sheet.sheet, n);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
      </div>
    </div>
  );
}

/** Every source column (mapped, unmapped or without a header), each with its target. */
function ColumnList(props: ReviewProps & { sheet: SheetImport }) {
  const s = useStyles();
  const { sheet, snapshot } = props;
  const labels = labelsOf(sheet);
  const samples = useMemo(
    () =>
      snapshot
        ? columnSamples(
            snapshot,
            sheet,
            labels.map((l) => l.column),
          )
        : new Map<string, string[]>(),
    [snapshot, sheet],
  );
  const byColumn = new Map(sheet.columns.map((c) => [c.column, c]));
  const firstOf = (field: string) => sheet.columns.find((c) => c.field === field)?.column ?? null;
  return (
    <ul className={s.columns} aria-label={`Columns of ${sheet.sheet}`}>
      {labels.map((l) => {
        const field = byColumn.get(l.column)?.field ?? IGNORE;
        const first = field === IGNORE ? null : firstOf(field);
        return (
          <ColumnRow
            key={l.column}
            sheet={sheet}
            column={l.column}
            header={l.header}
            field={field}
            hint={props.hints.get(`${sheet.sheet}|${l.column}|${field}`)}
            clash={first !== l.column ? first : null}
            samples={samples.get(l.column) ?? []}
            evidence={byColumn.get(l.column)?.evidence}
            onColumn={props.onColumn}
          />
        );
      })}
    </ul>
  );
}

function SheetCard(props: ReviewProps & { sheet: SheetImport }) {
  const s = useStyles();
  const { sheet } = props;
  return (
    <section className={s.card} aria-label={`Sheet ${sheet.sheet}`}>
      <Text weight="semibold">{sheet.sheet}</Text>
      <Caption1 className={s.muted}>
        {sheet.kind === 'other'
          ? sheet.reason
          : `${countOf(sheet.kind, sheet.rowsOut)} from ${sheet.sourceRows} data row${sheet.sourceRows === 1 ? '' : 's'} · ${sure(props.hints.get(`${sheet.sheet}|${sheet.kind}`))}`}
      </Caption1>
      <SheetSettings {...props} />
      {sheet.explanation ? <Caption1 className={s.warn}>{sheet.explanation}</Caption1> : null}
      {sheet.kind === 'other' ? null : <ColumnList {...props} />}
    </section>
  );
}

export function MappingReview(props: ReviewProps) {
  const s = useStyles();
  const { result } = props;
  return (
    <div className={s.root}>
      {result.sheets.map((sheet) => (
        <SheetCard key={sheet.sheet} {...props} sheet={sheet} />
      ))}
      <ReviewDetails result={result} />
    </div>
  );
}
