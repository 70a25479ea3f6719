// --quiet: nothing but errors and the results. Warnings, progress bars and notes are left out;
// errors still print with their exit codes. `sweep` prints its table when no file is given for it;
// `run`, `compare` and `staff` print only tables otherwise, so --quiet alone is refused there.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim, omnisimOnTerminal } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

let dir: string;
const file = (name: string) => join(dir, name);

/** 400 calls an hour on 14 agents: warned about (the queue grows without limit), still runs. */
const WARNED = `${SMALL_VOICE.replace('rate: 200/h', 'rate: 400/h')}variants:\n  base: {}\n  more: { agents: [{ team: phones, count: 24, capacity: { voice: 1 } }] }\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omnisim-quiet-'));
  writeFileSync(file('warned.yaml'), WARNED);
  // A grid value adds a warning of its own (0 agents), besides the scenario's.
  writeFileSync(file('warned.sweep.yaml'), `scenario: warned.yaml\nreplications: 2\ngrid:\n  agents[phones].count: [14, 0]\nmetrics: [channels.voice.offered]\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('omnisim sweep --quiet', () => {
  it('leaves out the warnings and the size line; the table on standard output is the same', async () => {
    const loud = await omnisim('sweep', file('warned.sweep.yaml'), '--workers', '1');
    expect(loud.err).toContain('grid.agents[phones].count[1]: with 0, the scenario\'s channels.voice: no agent has voice capacity');
    expect(loud.err).toContain('warned.yaml:6:5 channels.voice.arrivals:'); // the scenario's own
    expect(loud.err).toContain('2 points × 2 replications = 4 runs');
    const quiet = await omnisim('sweep', file('warned.sweep.yaml'), '--workers', '1', '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe(loud.out);
    expect(quiet.out.split('\n')[2]!.split(/ {3,}/)).toEqual(['point', 'agents[phones].count', 'voice.offered']);
  });

  it('on a terminal: the progress bar is drawn without --quiet, not with it', async () => {
    const loud = await omnisimOnTerminal('sweep', file('warned.sweep.yaml'), '--workers', '1');
    expect(loud.err).toContain('sweep ▕');
    const quiet = await omnisimOnTerminal('sweep', file('warned.sweep.yaml'), '--workers', '1', '--quiet');
    expect(quiet.err).toBe('');
  });

  it('with --csv FILE or --json FILE nothing is printed (no "wrote", no CSV); the files are written', async () => {
    const loud = await omnisim('sweep', file('warned.sweep.yaml'), '--workers', '1', '--csv', '-');
    const csv = await omnisim('sweep', file('warned.sweep.yaml'), '--workers', '1', '--quiet', '--csv', file('q.csv'));
    expect([csv.code, csv.out, csv.err]).toEqual([0, '', '']);
    expect(readFileSync(file('q.csv'), 'utf8')).toBe(loud.out);
    const json = await omnisim('sweep', file('warned.sweep.yaml'), '--workers', '1', '--quiet', '--json', file('q.json'));
    expect([json.code, json.out, json.err]).toEqual([0, '', '']);
    expect(JSON.parse(readFileSync(file('q.json'), 'utf8')).points).toHaveLength(2);
  });

  it('--json - with --csv FILE: standard output is the JSON alone', async () => {
    const o = await omnisim('sweep', file('warned.sweep.yaml'), '--workers', '1', '--quiet', '--json', '-', '--csv', file('q2.csv'));
    expect(o.err).toBe('');
    expect(JSON.parse(o.out).points).toHaveLength(2);
  });

  it('errors still print, with their exit code: a bad grid value before the run, a metric no point has after it', async () => {
    writeFileSync(file('bad.sweep.yaml'), 'scenario: warned.yaml\ngrid:\n  agents[phones].count: [14, -2]\n');
    const bad = await omnisim('sweep', file('bad.sweep.yaml'), '--workers', '1', '--quiet');
    expect(bad.code).toBe(1);
    expect(bad.err).toBe(`omnisim: ${file('bad.sweep.yaml')}: 1 problem\n` +
      `  ${file('bad.sweep.yaml')}:3:30 grid.agents[phones].count[1]: with -2, the scenario's agents[0].count: expected a whole number ≥ 0, got -2\n`);
    writeFileSync(file('metric.sweep.yaml'), 'scenario: warned.yaml\nreplications: 2\ngrid:\n  agents[phones].count: [14]\nmetrics: [channels.voice.ofered]\n');
    const metric = await omnisim('sweep', file('metric.sweep.yaml'), '--workers', '1', '--quiet');
    expect(metric.code).toBe(1);
    expect(metric.err).toContain(`${file('metric.sweep.yaml')}:5:11 metrics[0]: "channels.voice.ofered" is in no point's results`);
    expect(metric.err).not.toContain('warning');
  });
});

describe('--quiet on run, compare and staff: the same flag, the same meaning', () => {
  it('run on a terminal: no progress bar with --quiet (nothing but errors)', async () => {
    const loud = await omnisimOnTerminal('run', file('warned.yaml'), '--json', file('r.json'));
    expect(loud.err).toContain('▕');
    const quiet = await omnisimOnTerminal('run', file('warned.yaml'), '--json', file('r.json'), '--quiet');
    expect([quiet.code, quiet.out, quiet.err]).toEqual([0, '', '']);
  });

  it('compare: alone refused, saying what to give; with --csv FILE no warning, bar or table', async () => {
    const alone = await omnisim('compare', file('warned.yaml'), '--quiet');
    expect([alone.code, alone.err]).toEqual([1, 'omnisim: --quiet prints nothing: give it with --json FILE or --csv FILE\n']);
    const loud = await omnisimOnTerminal('compare', file('warned.yaml'), '--csv', file('c.csv'));
    expect(loud.err).toContain('warning:');
    expect(loud.err).toContain('compare ▕');
    expect(loud.out).toContain('more − base');
    const quiet = await omnisimOnTerminal('compare', file('warned.yaml'), '--csv', file('cq.csv'), '--quiet');
    expect([quiet.code, quiet.out, quiet.err]).toEqual([0, '', '']);
    expect(readFileSync(file('cq.csv'), 'utf8')).toBe(readFileSync(file('c.csv'), 'utf8'));
  });

  it('staff: alone refused; with --json - only the JSON, no warning or progress', async () => {
    const target = ['--target', 'voice:sl=80%/20s', '--by', 'team'];
    const alone = await omnisim('staff', file('warned.yaml'), ...target, '--quiet');
    expect([alone.code, alone.err]).toEqual([1, 'omnisim: --quiet prints nothing: give it with --json FILE or --csv FILE\n']);
    const loud = await omnisimOnTerminal('staff', file('warned.yaml'), ...target, '--json', '-');
    expect(loud.err).toContain('warning:');
    const quiet = await omnisimOnTerminal('staff', file('warned.yaml'), ...target, '--json', '-', '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    expect(quiet.out).toBe(loud.out);
  });
});
