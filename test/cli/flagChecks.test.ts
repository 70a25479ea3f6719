// Small flag checks: --replications names its limit, --redis is checked before the sweep is read
// or its size announced (it said "… = 10 runs on nonsense", then failed, naming no flag), and a
// file that cannot be made in a folder that is there (/proc) is not said to lack its folder.

import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 's.yaml'), SMALL_VOICE);
writeFileSync(join(dir, 'sw.yaml'), 'scenario: s.yaml\ngrid:\n  agents[phones].count: [14]\n');

describe('--redis', () => {
  it.each([['sweep', join(dir, 'sw.yaml')], ['worker']])('%s: a value that is not a Redis URL is refused at once, by flag', async (...args) => {
    const o = await omnisim(...args, '--redis', 'nonsense');
    expect([o.code, o.out, o.err]).toEqual([1, '', 'omnisim: --redis: expected a Redis URL such as redis://127.0.0.1:6379, got "nonsense"\n']);
  });
});

describe('--replications', () => {
  it('names its limit however far past it the number is (past 2^53 it named 9007199254740991)', async () => {
    for (const n of ['100001', '99999999999999999999']) {
      const o = await omnisim('run', join(dir, 's.yaml'), '--replications', n);
      expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: --replications: expected a whole number ≤ 100000, got "${n}"\n`]);
    }
  });
});

describe.runIf(existsSync('/proc/self'))('an output in a folder where no file can be made', () => {
  it('says so, not that the folder does not exist', async () => {
    const o = await omnisim('run', join(dir, 's.yaml'), '--json', '/proc/omnisim-report.json', '--quiet');
    expect([o.code, o.err]).toEqual([1, 'omnisim: /proc/omnisim-report.json: cannot write (no file can be made in its folder)\n']);
  });
});
