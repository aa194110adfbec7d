/**
 * zod schema of the JSON request body `{ workbooks: WorkbookSnapshot[], asOf? }` (contracts.md):
 * the add-in sends the snapshots it read. Sizes are bounded like uploads are: Excel's own sheet
 * limits per sheet, and a total cell budget per request so validation time stays bounded.
 */
// Namespace import: esbuild then tree-shakes zod (the named `z` pulls in every locale, ~750 KB).
import * as z from 'zod';
import { DEFAULT_READ_LIMITS } from '../../readers';
import { DEFAULT_LIMITS } from './limits';
import { isIsoDate } from './as-of';

/** Excel's limits: 1,048,576 rows × 16,384 columns per sheet, 32,767 characters per cell. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MAX_CELL_CHARS = 32_767;
/**
 * Cells across all workbooks of one JSON request (roughly what 50 MB of JSON can carry): the
 * readers' cell budget, which each workbook is then held to on its own (parse-json-body.ts).
 */
export const MAX_JSON_CELLS = DEFAULT_READ_LIMITS.maxCells;

export const cellSchema = z
  .union([z.string().max(MAX_CELL_CHARS), z.number(), z.boolean(), z.null()])
  .meta({
    description:
      'A cell value as Excel reports it: dates are serial numbers, errors are "#…" strings.',
  });

const a1Range = z
  .string()
  .regex(
    /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/,
    'expected an A1 range like A1:X120',
  );

export const sheetSchema = z.object({
  name: z.string().min(1).max(31),
  origin: z.object({
    row: z.number().int().min(1).max(MAX_ROWS),
    col: z.number().int().min(1).max(MAX_COLS),
  }),
  rows: z.array(z.array(cellSchema).max(MAX_COLS)).max(MAX_ROWS),
  hidden: z.boolean().optional(),
  merges: z.array(a1Range).max(100_000).optional(),
  display: z.record(z.string().max(16), z.string().max(MAX_CELL_CHARS)).optional(),
  formulas: z.array(z.string().max(16)).max(MAX_ROWS).optional(),
});

export const tableSchema = z.object({
  name: z.string().min(1).max(255),
  sheet: z.string().min(1).max(31),
  ref: a1Range,
  hasHeaderRow: z.boolean(),
  columns: z.array(z.string().max(255)).max(MAX_COLS),
});

export const workbookSnapshotSchema = z
  .object({
    name: z.string().min(1).max(255),
    sheets: z.array(sheetSchema).max(1000),
    tables: z.array(tableSchema).max(10_000),
  })
  .describe('One workbook as the add-in or the xlsx reader sees it (shared/grid/grid.ts).');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine(isIsoDate, 'expected a calendar date YYYY-MM-DD')
  .meta({ description: 'ISO date YYYY-MM-DD', examples: ['2025-06-30'] });

export const workbooksBodySchema = z
  .object({
    workbooks: z.array(workbookSnapshotSchema).min(1).max(DEFAULT_LIMITS.maxFiles),
    asOf: isoDateSchema.optional(),
  })
  .superRefine((body, ctx) => {
    let cells = 0;
    for (const wb of body.workbooks)
      for (const s of wb.sheets) for (const r of s.rows) cells += r.length;
    if (cells > MAX_JSON_CELLS) {
      ctx.addIssue({
        code: 'custom',
        path: ['workbooks'],
        message: `the workbooks hold ${cells} cells; at most ${MAX_JSON_CELLS} are accepted per request`,
      });
    }
  })
  .describe('Workbooks already read into snapshots (what the add-in sends), and the as-of date.');

export type WorkbooksBody = z.infer<typeof workbooksBodySchema>;
