/**
 * `isms check` judges the files as one ISMS (functions/cli/commands/check.ts → shared/cross
 * checkSet): the ISMS-level rules run once over the whole set, where `validate` takes each file
 * as a whole ISMS. Workbooks written by the template writer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { writeCanonicalWorkbook } from '../../../functions/xlsx/write-workbook';
import { cleanClauses, cleanRisk, cleanSoa, type Row } from '../../support/snapshot';
import { fakeIo } from './fake-io';
import { tmp } from './workbooks';

const dir = tmp();
const p = (name: string) => join(dir, name);

async function write(name: string, rows: Record<string, readonly Row[]>): Promise<void> {
  writeFileSync(p(name), await writeCanonicalWorkbook({ rows }));
}

async function run(...argv: string[]) {
  const io = fakeIo();
  const code = await main([...argv, '--as-of', '2025-06-30'], io);
  return { code, out: io.out(), err: io.err() };
}

type Json = { findings: { rule: string; workbook: string }[]; summary: { major: number } };
const isms = (json: Json) =>
  json.findings.filter((f) => f.rule.startsWith('ISMS-')).map((f) => `${f.rule}@${f.workbook}`);

beforeAll(async () => {
  // The register files' SoA and Clauses sheets are the template's: listed, nothing decided.
  await write('risks.xlsx', { tblRisks: [cleanRisk('R1')] });
  await write('unit-b.xlsx', { tblRisks: [cleanRisk('R2')] });
  await write('soa.xlsx', { tblSoA: cleanSoa(), tblClauses: cleanClauses() });
});

describe('isms check', () => {
  it('finds no ISMS-level gap in a register beside an SoA file, exit 0; validate of the register alone reports ISMS-NO-SOA', async () => {
    const alone = await run('validate', '--json', p('risks.xlsx'));
    expect(isms(JSON.parse(alone.out) as Json)).toContain('ISMS-NO-SOA@risks.xlsx');
    expect(alone.code).toBe(1);
    const set = await run('check', '--json', p('risks.xlsx'), p('soa.xlsx'));
    expect(set.err).toBe('');
    expect(isms(JSON.parse(set.out) as Json)).toEqual([]);
    expect(set.code).toBe(0);
  });

  it('reports ISMS-NO-SOA once for a set without any SoA, in the same JSON shape, exit 1', async () => {
    const r = await run('check', '--json', p('risks.xlsx'), p('unit-b.xlsx'));
    const json = JSON.parse(r.out) as Json;
    expect(Object.keys(json)).toEqual(['findings', 'summary']);
    expect(isms(json)).toEqual([
      'ISMS-NO-INTERNAL-AUDIT@risks.xlsx',
      'ISMS-NO-MANAGEMENT-REVIEW@risks.xlsx',
      'ISMS-NO-SOA@risks.xlsx',
    ]);
    expect(json.summary.major).toBe(3);
    expect(r.code).toBe(1);
  });

  it('lists the set-level findings under the first workbook in the text output', async () => {
    const r = await run('check', p('risks.xlsx'), p('unit-b.xlsx'));
    expect(r.out.match(/ISMS-NO-SOA/g)).toHaveLength(1);
    expect(r.out).toContain('unit-b.xlsx: no findings');
    expect(r.code).toBe(1);
  });
});
