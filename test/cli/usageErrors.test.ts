// A command line commander cannot parse is told like any other error — "omnisim COMMAND:" —
// pointing at that command's help, and when --target or --variant took the scenario as one of
// its values, how to write it (it said only "missing required argument 'scenario'").

import { describe, expect, it } from 'vitest';
import { omnisim } from '../support/cli.ts';

describe('usage errors', () => {
  it('a list option that took the scenario: says so, and to give the scenario first', async () => {
    const o = await omnisim('staff', '--target', 'voice:sl=80%', 'day.yaml');
    expect([o.code, o.out]).toEqual([1, '']);
    expect(o.err).toBe("omnisim staff: missing required argument 'scenario'\n" +
      '  --target takes every value after it up to the next option, so the scenario may have been read as one of them: give the scenario first (omnisim staff FILE --target …)\n' +
      '(run omnisim staff --help for usage)\n');
    const compare = await omnisim('compare', '--variant', 'a', 'b', 'day.yaml');
    expect(compare.err).toContain('--variant takes every value after it up to the next option');
  });

  it('a missing argument with no list option given: no hint', async () => {
    const o = await omnisim('validate');
    expect(o.err).toBe("omnisim validate: missing required argument 'scenario'\n(run omnisim validate --help for usage)\n");
  });

  it.each([
    [['run', 's.yaml', '--bogus'], "omnisim run: unknown option '--bogus'\n(run omnisim run --help for usage)\n"],
    [['erlang', '--rate', '3/h'], "omnisim erlang: required option '--aht <duration>' not specified\n(run omnisim erlang --help for usage)\n"],
    [['bogus'], "omnisim: unknown command 'bogus'\n(run omnisim --help for usage)\n"],
  ])('%j', async (args, err) => {
    const o = await omnisim(...args);
    expect([o.code, o.err]).toEqual([1, err]);
  });
});

describe('help texts say what the flags default to and how they number', () => {
  it.each([
    ['erlang', 'required unless --target asks for the minimum'],
    ['erlang', 'service-level threshold, e.g. 20s (default 20s)'],
    ['erlang', 'servers = agents × k; default 1'],
    ['trace', 'tickets are numbered from 1 in creation order'],
    ['trace', 'which replication, numbered from 0 (default 0)'],
    ['staff', "of the teams that take every target's channel, and --brand's tickets, the one with most capacity on the first"],
  ])('%s: %s', async (command, text) => {
    const o = await omnisim(command, '--help');
    expect(o.out.replace(/\s+/g, ' ')).toContain(text);
  });
});

describe('omnisim --version', () => {
  it('prints the version of package.json and exits 0 (it was an unknown option)', async () => {
    const { readFileSync } = await import('node:fs');
    const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    const o = await omnisim('--version');
    expect([o.code, o.out, o.err]).toEqual([0, `${version}\n`, '']);
  });
});
