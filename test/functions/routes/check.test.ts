import { describe, expect, it } from 'vitest';
import { canonicalSnapshot, cleanClauses, cleanRisk, cleanSoa } from '../../support/snapshot';
import { describeInputErrors } from './input-errors';
import { TODAY, form, postForm, postJson, testApp, xlsxFixture } from './route-support';

type CheckBody = {
  asOf: string;
  workbooks: string[];
  findings: { rule: string; workbook: string }[];
  summary: { total: number };
  consolidated: { risks: unknown[]; rescaling: unknown[] };
};

describe('POST /api/check', () => {
  const app = testApp();

  it('finds the same risk id with different content in two workbooks (XWB-DUP-RISK-ID)', async () => {
    const a = canonicalSnapshot('unit-a.xlsx', { risks: [cleanRisk('R-001')] });
    const b = canonicalSnapshot('unit-b.xlsx', {
      risks: [cleanRisk('R-001', { Description: 'Something else entirely' })],
    });
    const res = await postJson(app, '/api/check', { workbooks: [a, b] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckBody;
    expect(body.asOf).toBe(TODAY);
    expect(body.workbooks).toEqual(['unit-a.xlsx', 'unit-b.xlsx']);
    expect(body.findings.map((f) => f.rule)).toContain('XWB-DUP-RISK-ID');
    expect(body.summary.total).toBe(body.findings.length);
    expect(body.consolidated.risks).toHaveLength(2);
  });

  it('checks uploaded xlsx files', async () => {
    const bytes = await xlsxFixture({ rows: { tblRisks: [cleanRisk('R-001')] } });
    const res = await postForm(
      app,
      '/api/check',
      form([
        { name: 'a.xlsx', bytes },
        { name: 'b.xlsx', bytes },
      ]),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as CheckBody;
    expect(body.workbooks).toEqual(['a.xlsx', 'b.xlsx']);
    expect(body.findings.filter((f) => f.rule === 'XWB-DUP-RISK-ID')).toEqual([]);
    expect(body.consolidated.risks).toHaveLength(2);
  });

  describe('judges the uploads as one ISMS (the ISMS-level rules once over the set)', () => {
    const register = (id: string) => xlsxFixture({ rows: { tblRisks: [cleanRisk(id)] } });
    const soa = () => xlsxFixture({ rows: { tblSoA: cleanSoa(), tblClauses: cleanClauses() } });
    const ismsRules = (body: CheckBody) =>
      body.findings.filter((f) => f.rule.startsWith('ISMS-')).map((f) => `${f.rule}@${f.workbook}`);

    it('finds no ISMS-NO-SOA for a register beside an SoA file', async () => {
      const files = [
        { name: 'risks.xlsx', bytes: await register('R-001') },
        { name: 'soa.xlsx', bytes: await soa() },
      ];
      const res = await postForm(app, '/api/check', form(files));
      expect(res.status).toBe(200);
      expect(ismsRules((await res.json()) as CheckBody)).toEqual([]);
    });

    it('reports each ISMS-level gap once for a set without any SoA, counted in the summary', async () => {
      const files = [
        { name: 'unit-a.xlsx', bytes: await register('R-001') },
        { name: 'unit-b.xlsx', bytes: await register('R-002') },
      ];
      const res = await postForm(app, '/api/check', form(files));
      const body = (await res.json()) as CheckBody;
      expect(ismsRules(body)).toEqual([
        'ISMS-NO-INTERNAL-AUDIT@unit-a.xlsx',
        'ISMS-NO-MANAGEMENT-REVIEW@unit-a.xlsx',
        'ISMS-NO-SOA@unit-a.xlsx',
      ]);
      expect(body.summary.total).toBe(body.findings.length);
      expect(Object.keys(body)).toEqual([
        'asOf',
        'workbooks',
        'findings',
        'summary',
        'consolidated',
      ]);
    });

    it("grades the set as /api/readiness does: check's major findings are its blockers", async () => {
      const files = [
        { name: 'unit-a.xlsx', bytes: await register('R-001') },
        { name: 'unit-b.xlsx', bytes: await register('R-002') },
      ];
      const check = (await (await postForm(app, '/api/check', form(files))).json()) as {
        findings: { rule: string; severity: string; message: string }[];
      };
      const readiness = (await (await postForm(app, '/api/readiness', form(files))).json()) as {
        blockers: { rule: string; reason: string }[];
      };
      const majors = check.findings
        .filter((f) => f.severity === 'major')
        .map((f) => `${f.rule}: ${f.message}`);
      const setBlockers = readiness.blockers
        .filter((b) => /^(ISMS|XWB|DOC)-/.test(b.rule))
        .map((b) => `${b.rule}: ${b.reason}`);
      expect(majors.length).toBeGreaterThan(0);
      expect(majors).toEqual(setBlockers);
    });
  });
});

describeInputErrors('/api/check');
