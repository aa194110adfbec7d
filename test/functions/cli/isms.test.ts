import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/isms';
import { fakeIo } from './fake-io';

describe('main', () => {
  it('prints the command list for --help and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['--help'], io)).toBe(0);
    for (const cmd of ['validate', 'check', 'gap-report', 'readiness', 'template', 'import'])
      expect(io.out()).toContain(`  ${cmd} `);
    expect(io.out()).toContain('Exit codes: 0');
  });

  it('prints a command usage for `isms <cmd> --help` and exits 0', async () => {
    const io = fakeIo();
    expect(await main(['validate', '--help'], io)).toBe(0);
    expect(io.out()).toContain(
      'Usage: isms validate FILES... [--json] [--as-of DATE] [--fail-on major|minor|observation]',
    );
    const t = fakeIo();
    expect(await main(['template', '-h'], t)).toBe(0);
    expect(t.out()).toContain('--method NAME');
  });

  it('exits 2 with the usage on stderr when no command is given', async () => {
    const io = fakeIo();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toBe('');
    expect(io.err()).toContain('Usage: isms <command>');
  });

  it('exits 2 with one line for an unknown command', async () => {
    const io = fakeIo();
    expect(await main(['valdiate', 'x.xlsx'], io)).toBe(2);
    expect(io.err()).toBe('isms: unknown command "valdiate"; run `isms --help` for the list\n');
  });
});
