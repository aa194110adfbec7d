/**
 * Where a conversion starts. In Excel: the sheet the user is on. In a browser: a spreadsheet
 * file (xlsx, xlsm or csv) read in the page; it is uploaded only when the user confirms.
 */
import { useRef } from 'react';
import { Button, Caption1, Text } from '@fluentui/react-components';
import { ArrowSwapRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { cardClass } from './card-style';

export function ConvertCard(props: {
  host: 'excel' | 'browser';
  busy: boolean;
  onActiveSheet: () => void;
  onFile: (file: File) => void;
}) {
  const card = cardClass();
  const input = useRef<HTMLInputElement>(null);
  const excel = props.host === 'excel';
  return (
    <section className={card} aria-label="Convert an existing register">
      <Text weight="semibold">Convert an existing register</Text>
      <Caption1>
        {excel
          ? 'Reads the sheet you are on (any layout or language, 2013 numbering too), shows how its columns map to the ISMS tables for you to review, then adds the rows. Your sheet is not changed.'
          : 'Reads a risk register, SoA or asset list in any layout or language (2013 numbering too), shows how its columns map for you to review, then gives you the canonical workbook with your original sheets kept.'}
      </Caption1>
      {excel ? (
        <Button icon={<ArrowSwapRegular />} disabled={props.busy} onClick={props.onActiveSheet}>
          {props.busy ? 'Reading the sheet…' : 'Convert the active sheet'}
        </Button>
      ) : (
        <>
          <Button
            icon={<FolderOpenRegular />}
            disabled={props.busy}
            onClick={() => input.current?.click()}
          >
            {props.busy ? 'Reading…' : 'Choose a spreadsheet…'}
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            accept=".xlsx,.xlsm,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label="Spreadsheet to convert"
            data-testid="convert-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) props.onFile(file);
              e.target.value = '';
            }}
          />
        </>
      )}
    </section>
  );
}
