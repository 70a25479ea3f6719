// Sweeps: the grid expands point by point, every unit is self-contained, and a sweep's results
// are identical run in this thread, on one worker thread or on every core.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { readSweep } from '../../sim/run/sweep/readSweep.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import type { Sweep } from '../../sim/run/sweep/Sweep.ts';
import type { SweepProblem } from '../../sim/run/sweep/SweepProblem.ts';
import { gridPoints, sweepUnits } from '../../sim/run/sweep/Sweep.ts';
import { runLocally } from '../../sim/run/sweep/LocalPool.ts';
import { sweepResult, sweepCsv } from '../../sim/run/sweep/SweepResult.ts';
import { SCENARIO_DIR, SMALL_VOICE } from '../support/scenarios.ts';
import { UnitThreads } from '../../sim/run/sweep/UnitThreads.ts';
import type { UnitSpec } from '../../sim/run/sweep/Unit.ts';
import { InputError } from '../../sim/InputError.ts';

const files = {
  read: (p: string) => {
    try {
      return readFileSync(join(SCENARIO_DIR, 'sweeps', p), 'utf8');
    } catch {
      return { error: `${p}: no such file` };
    }
  },
  relativeToScenario: (scenario: string, p: string) => join(dirname(scenario), p),
};

export function smallSweep(extra = ''): Sweep {
  const r = readSweep(`
name: test sweep
scenario: ../end-sessions-routed-as-email.yaml
replications: 3
grid:
  agents[chat].count: [9, 12]
  settings.routeAgentEndedAsEmail: [false, true]
${extra}`, files);
  if ('errors' in r) throw new Error(r.errors.map((e) => formatProblem(e, e.file)).join('\n'));
  return { ...r };
}

describe('sweep files', () => {
  it('expands the grid, the last axis fastest', () => {
    expect(gridPoints([{ path: 'a', values: [1, 2] }, { path: 'b', values: ['x', 'y', 'z'] }]).map((p) => p.values)).toEqual([
      { a: 1, b: 'x' }, { a: 1, b: 'y' }, { a: 1, b: 'z' }, { a: 2, b: 'x' }, { a: 2, b: 'y' }, { a: 2, b: 'z' },
    ]);
  });

  it('each point knows where its values stand in their axes, a repeated value included', () => {
    expect(gridPoints([{ path: 'a', values: [0, 0] }, { path: 'b', values: ['x', 'y'] }]).map((p) => p.at)).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
  });

  it('reports bad paths, values and keys before running anything', () => {
    const r = readSweep(`
scenario: ../end-sessions-routed-as-email.yaml
grid:
  agents[nobody].count: [1]
  settings.routeAgentEndedAsEmail: [maybe]
  channels.messaging.arrivals.spikes[5].multiplier: [2]
  variant: [nope]
colour: red
`, files);
    expect('errors' in r).toBe(true);
    const text = (r as { errors: SweepProblem[] }).errors.map((e) => formatProblem(e)).join('\n');
    expect(text).toContain('colour: unknown key');
    expect(text).toContain('grid.variant[0]: no variant "nope"');
    expect(text).toContain('agents[nobody] does not exist');
    // A bad path no longer hides a bad value on another axis.
    expect(text).toContain('grid.settings.routeAgentEndedAsEmail[0]: with "maybe", the scenario\'s settings.routeAgentEndedAsEmail: expected true or false');
  });

  it('a missing scenario file is named', () => {
    const r = readSweep('scenario: ../nowhere.yaml\ngrid: { seed: [1] }\n', files);
    expect((r as { errors: SweepProblem[] }).errors.map((e) => e.message).join()).toContain('nowhere.yaml');
  });
});

describe('sweep results do not depend on who computes them', () => {
  const sweep = smallSweep();
  const units = sweepUnits(sweep);

  it('has one unit per point and replication', () => {
    expect(units.length).toBe(4 * 3);
    expect(units.map((u) => [u.point, u.replication]).slice(0, 4)).toEqual([[0, 0], [0, 1], [0, 2], [1, 0]]);
  });

  it('in this thread, on one worker thread and on two, byte for byte', async () => {
    const inThread = sweepCsv(sweepResult(sweep, await runLocally(units, 1)), sweep.metrics);
    const oneWorker = sweepCsv(sweepResult(sweep, await runLocally(units.slice().reverse(), 2).then((r) => r.reverse())), sweep.metrics);
    const twoWorkers = sweepCsv(sweepResult(sweep, await runLocally(units, 2)), sweep.metrics);
    expect(oneWorker).toBe(inThread);
    expect(twoWorkers).toBe(inThread);
    // And the grid mattered: more agents, better service; the setting moves stranded to 0.
    const r = sweepResult(sweep, await runLocally(units, 2));
    const sl = (i: number) => r.points[i]!.metrics['channels.messaging.serviceLevel']!.mean!;
    expect(sl(2)).toBeGreaterThan(sl(0));
    expect(r.points[1]!.metrics['sessions.stranded']!.mean).toBe(0);
    expect(r.points[0]!.metrics['sessions.stranded']!.mean).toBeGreaterThan(0);
  });
});

describe('a unit that fails on a worker thread', () => {
  const unit = (scenarioText: string): UnitSpec => ({ point: 0, replication: 0, scenarioText, files: {}, edits: [], variant: null, seed: null, replications: null });

  it('a queue that grows without limit comes back as an InputError (the user\'s to fix); a bug as an Error with the thread\'s stack', async () => {
    const threads = new UnitThreads(1);
    try {
      const runaway = threads.run(unit(SMALL_VOICE.replace('rate: 200/h', 'rate: 200/s'))).catch((e: unknown) => e);
      const broken = threads.run(unit('channels: [1]\n')).catch((e: unknown) => e); // never checked: compileUnit's Error
      const [a, b] = await Promise.all([runaway, broken]);
      expect(a).toBeInstanceOf(InputError);
      expect((a as Error).message).toMatch(/^the run stopped at 1h 23m: 1,000,000 tickets were open at once/);
      expect(b).not.toBeInstanceOf(InputError);
      expect((b as Error).message).toMatch(/channels: expected a mapping/);
      expect((b as Error).stack).toContain('compileUnit');
    } finally {
      await threads.close();
    }
  });
});
