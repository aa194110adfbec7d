/**
 * Offline checks of manifest.xml (the remote `office-addin-manifest validate` cannot run here):
 * element order per the OfficeApp 1.1 schema, every resid resolves, GUID id, Workbook host,
 * https URLs, ExcelApi 1.9 floor, string length limits; plus `office-addin-manifest info`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

const xml = readFileSync(new URL('../manifest.xml', import.meta.url), 'utf8');
const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
const root = doc.documentElement;
const all = [...root.querySelectorAll('*')];
const byName = (name: string) => all.filter((e) => e.tagName === name);
const childNames = (e: { children: ArrayLike<{ tagName: string }> }) =>
  Array.from(e.children, (c) => c.tagName);

/** Order of OfficeApp's children in the offapp 1.1 schema (TaskPaneApp), optional ones included. */
const SCHEMA_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'AllowSnapshot',
  'VersionOverrides',
];

function isInSchemaOrder(names: readonly string[], order: readonly string[]): boolean {
  const idx = names.map((n) => order.indexOf(n));
  return idx.every((i) => i >= 0) && idx.every((i, k) => k === 0 || idx[k - 1] < i);
}

describe('manifest.xml', () => {
  it('is a TaskPaneApp whose children follow the schema order', () => {
    expect(root.tagName).toBe('OfficeApp');
    expect(root.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(isInSchemaOrder(childNames(root), SCHEMA_ORDER)).toBe(true);
  });

  it('detects an out-of-order manifest (the order check itself works)', () => {
    expect(isInSchemaOrder(['Version', 'Id'], SCHEMA_ORDER)).toBe(false);
    expect(isInSchemaOrder(['Id', 'Bogus'], SCHEMA_ORDER)).toBe(false);
  });

  it('has a GUID id and targets the Workbook host with ExcelApi 1.9 as the floor', () => {
    expect(byName('Id')[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(byName('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual(
      ['Workbook', 'Workbook'],
    );
    const sets = byName('Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')]);
    expect(sets).toEqual([['ExcelApi', '1.9']]);
  });

  it('loads the task pane over https from taskpane.html', () => {
    const src = byName('SourceLocation').find((e) => e.hasAttribute('DefaultValue'));
    expect(src?.getAttribute('DefaultValue')).toBe('https://localhost:3000/taskpane.html');
    const urls = all.filter(
      (e) => /Url$|^bt:Image$|^bt:Url$/.test(e.tagName) && e.hasAttribute('DefaultValue'),
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.getAttribute('DefaultValue')).toMatch(/^https:\/\//);
  });

  it('resolves every resid to a resource of the right kind', () => {
    const resources = new Map(
      ['bt:Image', 'bt:Url', 'bt:String'].flatMap((t) =>
        byName(t)
          .filter((e) => e.hasAttribute('id'))
          .map((e) => [e.getAttribute('id'), e.parentElement?.tagName]),
      ),
    );
    const refs = all.filter((e) => e.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      const kind = resources.get(r.getAttribute('resid'));
      expect(kind, `resid ${r.getAttribute('resid')}`).toBeDefined();
      if (r.tagName === 'bt:Image') expect(kind).toBe('bt:Images');
      if (/Url$|FunctionFile|SourceLocation/.test(r.tagName)) expect(kind).toBe('bt:Urls');
      if (r.tagName === 'Label' || r.tagName === 'Title') expect(kind).toBe('bt:ShortStrings');
    }
  });

  it('puts the button on the Home tab with 16, 32 and 80 px icons that exist in assets/', () => {
    expect(byName('OfficeTab')[0].getAttribute('id')).toBe('TabHome');
    const sizes = [...byName('Control')[0].querySelectorAll('*')].filter(
      (e) => e.tagName === 'bt:Image',
    );
    expect(sizes.map((s) => s.getAttribute('size'))).toEqual(['16', '32', '80']);
    for (const img of byName('bt:Image').filter((e) => e.hasAttribute('id'))) {
      const file = new URL(img.getAttribute('DefaultValue') ?? '').pathname;
      expect(existsSync(new URL(`../assets${file}`, import.meta.url)), file).toBe(true);
    }
  });

  it('keeps strings within the manifest limits (short ≤ 125, long ≤ 250 characters)', () => {
    for (const s of byName('ShortStrings').flatMap((p) => [...p.children]))
      expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(125);
    for (const s of byName('LongStrings').flatMap((p) => [...p.children]))
      expect(s.getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
    expect(byName('Description')[0].getAttribute('DefaultValue')!.length).toBeLessThanOrEqual(250);
  });

  it('is accepted by office-addin-manifest info (offline parse)', () => {
    const bin = new URL('../node_modules/office-addin-manifest/cli.js', import.meta.url);
    const out = execFileSync(process.execPath, [bin.pathname, 'info', 'manifest.xml'], {
      encoding: 'utf8',
      cwd: new URL('..', import.meta.url).pathname,
    });
    expect(out).toContain('Type: TaskPaneApp');
    expect(out).toContain('Hosts: Workbook');
    expect(out).toContain('Source Location: https://localhost:3000/taskpane.html');
  });
});
