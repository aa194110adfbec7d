// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import ConvertFlow from '../../../addin/components/convert-flow';
import { MappingReview } from '../../../addin/components/mapping-review';
import type { ImportMapping } from '../../../shared/import/types';
import { importWorkbook } from '../../../shared/import';
import { fakeApi } from './fixtures';
import { REGISTER } from './register-snapshot';

afterEach(cleanup);
const wrap = (ui: React.ReactElement) =>
  render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const FILE = new File(['xlsx bytes'], 'registre.xlsx');

function pick(label: RegExp | string, option: string) {
  fireEvent.click(screen.getByRole('combobox', { name: label }));
  fireEvent.click(screen.getByRole('option', { name: option }));
}

describe('MappingReview', () => {
  it('shows the detected kind, header row, each column’s target with its confidence, and unmapped columns', () => {
    const result = importWorkbook(REGISTER);
    const hints = new Map(
      result.sheets[0].columns.map((c) => [`Registre|${c.column}|${c.field}`, c.confidence]),
    );
    wrap(
      <MappingReview
        result={result}
        hints={hints}
        onColumn={() => {}}
        onKind={() => {}}
        onHeaderRow={() => {}}
      />,
    );
    expect(
      (screen.getByRole('combobox', { name: 'What sheet Registre holds' }) as HTMLButtonElement)
        .textContent,
    ).toBe('Risk register');
    expect((screen.getByLabelText('Header row of Registre') as HTMLInputElement).value).toBe('3');
    const owner = screen.getByTestId('column-E');
    expect(owner.textContent).toContain('Propriétaire');
    expect(within(owner).getByRole('combobox').textContent).toBe('Risk Owner');
    expect(owner.textContent).toContain('exact');
    const colour = screen.getByTestId('column-J');
    expect(within(colour).getByRole('combobox').textContent).toBe('Not imported');
    expect(colour.textContent).toContain('stays in the original sheet only');
  });

  it('lists migrated control ids with their 2022 successors', () => {
    const result = importWorkbook(REGISTER);
    wrap(
      <MappingReview
        result={result}
        hints={new Map()}
        onColumn={() => {}}
        onKind={() => {}}
        onHeaderRow={() => {}}
      />,
    );
    const migrated = screen.getByRole('region', { name: 'Control ids migrated to 2022' });
    expect(migrated.textContent).toContain('A.12.6.1 → A.8.8 (Registre, row 4)');
    expect(migrated.textContent).toContain('A.8.3.1 → A.7.10');
  });
});

describe('ConvertFlow', () => {
  it('runs the importer again when a column is remapped, and sends the edited mapping', async () => {
    const sent: (ImportMapping | undefined)[] = [];
    const api = fakeApi({
      convert: async (_f, name, mapping) => {
        sent.push(mapping);
        return { blob: new Blob(['x']), fileName: `${name} (canonical).xlsx` };
      },
    });
    wrap(
      <ConvertFlow
        source={{ snapshot: REGISTER, file: FILE }}
        excel={null}
        api={api}
        onClose={() => {}}
      />,
    );
    pick(/Column E/, 'Not imported');
    expect(within(screen.getByTestId('column-E')).getByRole('combobox').textContent).toBe(
      'Not imported',
    );
    pick(/Column J/, 'Risk Owner');
    const colour = screen.getByTestId('column-J');
    expect(colour.textContent).toContain('set by you');
    fireEvent.click(screen.getByRole('button', { name: 'Download converted workbook' }));
    expect(await screen.findByText('Converted')).toBeTruthy();
    expect(sent[0]?.sheets.Registre.columns).toMatchObject({ E: 'ignore', J: 'owner' });
  });

  it('re-matches the columns when the sheet is read as another kind', () => {
    wrap(
      <ConvertFlow
        source={{ snapshot: REGISTER, file: FILE }}
        excel={null}
        api={fakeApi()}
        onClose={() => {}}
      />,
    );
    pick('What sheet Registre holds', 'Asset inventory');
    expect(screen.getByText(/Registre: 3 assets/)).toBeTruthy();
    expect(within(screen.getByTestId('column-E')).getByRole('combobox').textContent).toBe('Owner');
  });

  it('sends no mapping when the reviewer changed nothing, so the service detects as the pane did', async () => {
    const sent: (ImportMapping | undefined)[] = [];
    const api = fakeApi({
      convert: async (_f, name, mapping) => {
        sent.push(mapping);
        return { blob: new Blob(['x']), fileName: name };
      },
    });
    wrap(
      <ConvertFlow
        source={{ snapshot: REGISTER, file: FILE }}
        excel={null}
        api={api}
        onClose={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download converted workbook' }));
    expect(await screen.findByText('Converted')).toBeTruthy();
    expect(sent).toEqual([undefined]);
  });

  it('says there is nothing to convert for a canonical workbook', () => {
    const canonical = {
      ...REGISTER,
      tables: [
        { name: 'tblRisks', sheet: 'Registre', ref: 'A3:J6', hasHeaderRow: true, columns: [] },
      ],
    };
    wrap(
      <ConvertFlow
        source={{ snapshot: canonical, file: FILE }}
        excel={null}
        api={fakeApi()}
        onClose={() => {}}
      />,
    );
    expect(screen.getByText('Already an ISMS workbook')).toBeTruthy();
  });
});

describe('MappingReview samples and evidence', () => {
  it('shows three sample values and the evidence under each column', () => {
    const result = importWorkbook(REGISTER);
    wrap(
      <MappingReview
        result={result}
        hints={new Map()}
        snapshot={REGISTER}
        onColumn={() => {}}
        onKind={() => {}}
        onHeaderRow={() => {}}
      />,
    );
    const owner = screen.getByTestId('column-E');
    expect(owner.textContent).toMatch(/e\.g\. [^·]+( · [^·]+){0,2}/);
    expect(owner.textContent).toContain('header “Propriétaire”'.replace(/[“”]/g, '"'));
  });
});
