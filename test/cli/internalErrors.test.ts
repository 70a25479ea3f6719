// A bug is not the user's mistake: an error omnisim did not mean for the user — here a RangeError
// of the language, "Invalid array length" or "Maximum call stack size exceeded", thrown where a
// run or the Erlang formulas would be — is told as an internal error (exit 70, "this is a bug in
// omnisim"), with its stack only under OMNISIM_DEBUG=1. It used to be printed like a user's
// mistake (exit 1), as if the scenario or a flag were wrong.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const bug = vi.hoisted(() => ({ on: false }));

/** A real RangeError of the language, as a bug would raise it. */
function languageRangeError(kind: 'array' | 'stack'): RangeError {
  try {
    if (kind === 'array') return new Array(-1) as never;
    const deep = (n: number): number => deep(n + 1) + 1;
    deep(0);
  } catch (e) {
    return e as RangeError;
  }
  throw new Error('no RangeError');
}

vi.mock('../../sim/run/runScenario.ts', async (original) => {
  const m = await original<typeof import('../../sim/run/runScenario.ts')>();
  return { ...m, runScenario: (...a: Parameters<typeof m.runScenario>) => (bug.on ? (() => { throw languageRangeError('array'); })() : m.runScenario(...a)) };
});
vi.mock('../../sim/analytic/erlang.ts', async (original) => {
  const m = await original<typeof import('../../sim/analytic/erlang.ts')>();
  return { ...m, erlang: (...a: Parameters<typeof m.erlang>) => (bug.on ? (() => { throw languageRangeError('stack'); })() : m.erlang(...a)) };
});

const dir = mkdtempSync(join(tmpdir(), 'omnisim-internal-'));
const small = join(dir, 'small.yaml');
writeFileSync(small, SMALL_VOICE);

afterEach(() => {
  bug.on = false;
  delete process.env['OMNISIM_DEBUG'];
});

describe('a RangeError that is a bug is an internal error, not a user error', () => {
  it('run: "Invalid array length" → exit 70, "this is a bug in omnisim", no stack', async () => {
    bug.on = true;
    const o = await omnisim('run', small);
    expect(o.code).toBe(70);
    expect(o.err).toBe('omnisim: internal error: Invalid array length\n  (this is a bug in omnisim; set OMNISIM_DEBUG=1 for details)\n');
  });

  it('erlang: "Maximum call stack size exceeded" is not blamed on --patience', async () => {
    bug.on = true;
    const o = await omnisim('erlang', '--rate', '200/h', '--aht', '180s', '--agents', '14');
    expect(o.code).toBe(70);
    expect(o.err).toMatch(/^omnisim: internal error: Maximum call stack size exceeded\n {2}\(this is a bug in omnisim; set OMNISIM_DEBUG=1 for details\)\n$/);
  });

  it('OMNISIM_DEBUG=1 adds the stack', async () => {
    bug.on = true;
    process.env['OMNISIM_DEBUG'] = '1';
    const o = await omnisim('run', small);
    expect(o.code).toBe(70);
    expect(o.err).toContain('RangeError: Invalid array length\n    at ');
  });

  it('without the bug, the same commands run (the mocks pass through)', async () => {
    expect((await omnisim('erlang', '--rate', '200/h', '--aht', '180s', '--agents', '14')).code).toBe(0);
  });
});
