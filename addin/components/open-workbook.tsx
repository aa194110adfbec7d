/**
 * Plain-browser mode: pick or drop an .xlsx. The file is read in the browser; nothing is uploaded
 * until the user asks for a report.
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
import { DocumentArrowUpRegular, FolderOpenRegular } from '@fluentui/react-icons';

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
    padding: tokens.spacingHorizontalS,
    justifyContent: 'space-between',
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    textAlign: 'left',
  },
});

export function OpenWorkbook(props: { onFile: (file: File) => void; current: string | null }) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file) props.onFile(file);
  };
  const picker = (
    <input
      ref={input}
      type="file"
      accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      hidden
      aria-label="Workbook file"
      data-testid="file-input"
      onChange={(e) => {
        const file = e.target.files?.[0];
        if (file) props.onFile(file);
        e.target.value = '';
      }}
    />
  );
  const zoneProps = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: drop,
  };
  if (props.current) {
    return (
      <div className={mergeClasses(s.zone, s.compact, over && s.over)} {...zoneProps}>
        <Caption1>Drop another workbook here, or</Caption1>
        <Button size="small" icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
          Open…
        </Button>
        {picker}
      </div>
    );
  }
  return (
    <div
      className={mergeClasses(s.zone, over && s.over)}
      {...zoneProps}
      role="region"
      aria-label="Open a workbook"
    >
      <DocumentArrowUpRegular className={s.icon} aria-hidden="true" />
      <Subtitle2>Open your ISMS workbook</Subtitle2>
      <Caption1>
        Drop an .xlsx risk register and SoA here. It is read in your browser; nothing is uploaded.
      </Caption1>
      <Button
        appearance="primary"
        icon={<FolderOpenRegular />}
        onClick={() => input.current?.click()}
      >
        Choose a file
      </Button>
      {picker}
    </div>
  );
}
