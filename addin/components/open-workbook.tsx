/**
 * Opening workbooks. In a browser: pick or drop one or several .xlsx/.csv files (a register per
 * business unit, an SoA, an asset inventory), checked together with the cross-workbook rules; read
 * in the browser, nothing uploaded. In Excel: add other workbooks' files to the open one for the
 * cross-workbook checks.
 */
import { useRef, useState, type DragEvent } from 'react';
import {
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DocumentArrowUpRegular, FolderOpenRegular } from '@fluentui/react-icons';
import type { WorkbookApi } from '../hooks/use-workbook';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'center',
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  icon: { fontSize: '36px', color: tokens.colorBrandForeground1 },
  compact: {
    flexDirection: 'row',
    flexWrap: 'wrap',
    padding: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    textAlign: 'left',
  },
  names: { flexBasis: '100%', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

const ACCEPT = '.xlsx,.xlsm,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function useDrop(onFiles: (f: File[]) => void) {
  const [over, setOver] = useState(false);
  const props = {
    onDragOver: (e: DragEvent) => (e.preventDefault(), setOver(true)),
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      const files = [...e.dataTransfer.files];
      if (files.length) onFiles(files);
    },
  };
  return { over, props };
}

function Picker(props: {
  id: string;
  onFiles: (f: File[]) => void;
  pick: React.RefObject<HTMLInputElement | null>;
}) {
  return (
    <input
      ref={props.pick}
      type="file"
      multiple
      accept={ACCEPT}
      hidden
      aria-label="Workbook files"
      data-testid={props.id}
      onChange={(e) => {
        const files = [...(e.target.files ?? [])];
        if (files.length) props.onFiles(files);
        e.target.value = '';
      }}
    />
  );
}

export function OpenWorkbook(props: { wb: WorkbookApi; excel: boolean; browser: boolean }) {
  const s = useStyles();
  const { wb } = props;
  const openRef = useRef<HTMLInputElement>(null);
  const addRef = useRef<HTMLInputElement>(null);
  const open = (f: File[]) => void (props.excel ? wb.add(f) : wb.open(f));
  const drop = useDrop(open);
  if (!props.excel && !props.browser) return null;
  const names = props.excel ? wb.files.map((f) => f.name) : (wb.result?.workbooks ?? []);
  if (props.excel || wb.result) {
    return (
      <div className={mergeClasses(s.zone, s.compact, drop.over && s.over)} {...drop.props}>
        <Caption1>
          {props.excel ? 'Cross-check with other workbooks:' : 'Drop workbooks here, or'}
        </Caption1>
        <div className={s.buttons}>
          {props.excel ? null : (
            <Button
              size="small"
              icon={<FolderOpenRegular />}
              onClick={() => openRef.current?.click()}
            >
              Open…
            </Button>
          )}
          <Button size="small" icon={<AddRegular />} onClick={() => addRef.current?.click()}>
            Add…
          </Button>
        </div>
        {names.length > 1 || (props.excel && names.length) ? (
          <Caption1 className={s.names}>{`Checking together: ${names.join(', ')}`}</Caption1>
        ) : null}
        <Picker id="file-input" pick={openRef} onFiles={open} />
        <Picker id="add-input" pick={addRef} onFiles={(f) => void wb.add(f)} />
      </div>
    );
  }
  return (
    <div
      className={mergeClasses(s.zone, drop.over && s.over)}
      {...drop.props}
      role="region"
      aria-label="Open a workbook"
    >
      <DocumentArrowUpRegular className={s.icon} aria-hidden="true" />
      <Subtitle2>Open your ISMS workbook</Subtitle2>
      <Caption1>
        Drop one or more .xlsx files here (a register, an SoA, an asset inventory): they are read in
        your browser and checked together; nothing is uploaded.
      </Caption1>
      <Button
        appearance="primary"
        icon={<FolderOpenRegular />}
        onClick={() => openRef.current?.click()}
      >
        Choose files
      </Button>
      <Picker id="file-input" pick={openRef} onFiles={open} />
    </div>
  );
}
