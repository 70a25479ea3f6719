// A sweep file's problems are placed like a scenario's: each with its path and its line and
// column — in the sweep file, or in the scenario it names when the problem is there.

import { describe, it, expect } from 'vitest';
import { dirname, join } from 'node:path';
import { readSweep } from '../../sim/run/sweep/readSweep.ts';
import type { SweepFiles } from '../../sim/run/sweep/readSweep.ts';
import type { Sweep } from '../../sim/run/sweep/Sweep.ts';
import type { SweepProblem } from '../../sim/run/sweep/SweepProblem.ts';
import { sweepUnits } from '../../sim/run/sweep/Sweep.ts';
import { sweepResult, unknownMetrics } from '../../sim/run/sweep/SweepResult.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { yaml, at } from '../support/fixtureText.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const BASE = `${SMALL_VOICE}variants:
  baseline: {}
  night: { agents: [{ team: phones, count: 3, capacity: { voice: 1 } }] }
`;

/** Files in memory, by the path the sweep (or its scenario) uses. */
function memory(texts: Record<string, string>): SweepFiles {
  return {
    read: (p) => texts[p] ?? { error: `${p}: no such file` },
    relativeToScenario: (scenario, p) => join(dirname(scenario), p),
  };
}

function problems(text: string, scenario = BASE): SweepProblem[] {
  const r = readSweep(text, memory({ 'scenarios/base.yaml': scenario }));
  expect('errors' in r, 'the sweep must be refused').toBe(true);
  return (r as { errors: SweepProblem[] }).errors;
}

function onlyProblem(text: string, scenario = BASE): SweepProblem {
  const all = problems(text, scenario);
  expect(all, all.map((e) => formatProblem(e, e.file)).join('\n')).toHaveLength(1);
  return all[0]!;
}

describe('a sweep file that does not parse', () => {
  it('YAML: the parser\'s message at its line and column', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [14,, 15]\n';
    expect(onlyProblem(text)).toEqual({ path: '', message: 'Unexpected , in flow sequence', ...at(text, ', 15]') });
  });

  it('JSON: JSON.parse\'s message, once, where it stopped', () => {
    const text = '{\n  "scenario": "scenarios/base.yaml",\n  "grid": { "agents[phones].count": [14, 15] }\n  "replications": 2\n}\n';
    expect(onlyProblem(text)).toEqual({ path: '', message: "not valid JSON: Expected ',' or '}' after property value", ...at(text, '"replications"') });
  });

  it('a second YAML document is named for what it is, at the ---', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid: { seed: [1] }\n---\ngrid: {}\n';
    expect(onlyProblem(text)).toEqual({ path: '', message: 'the file holds several YAML documents (separated by ---); a sweep file is one document', line: 3, column: 1 });
  });
});

describe('a bad value in the sweep file', () => {
  it('deep in the grid: at that value, once, saying what it breaks in the scenario', () => {
    const text = yaml`
      scenario: scenarios/base.yaml
      grid:
        agents[phones].count: [14, 15]
        channels.voice.handleTime.mean:
          - 180s
          - soon
    `;
    // The value is in two points; it is told once, where it is written.
    expect(onlyProblem(text)).toEqual({
      path: 'grid.channels.voice.handleTime.mean[1]',
      message: 'with "soon", the scenario\'s channels.voice.handleTime.mean: expected a duration such as 90s, 10m, 2h or 1d2h, got "soon"',
      ...at(text, 'soon'),
    });
  });

  it('values wrong only together: at the grid, naming the point', () => {
    const text = yaml`
      scenario: scenarios/base.yaml
      grid:
        horizon: [1h, 2h]
        warmup: [90m]
    `;
    expect(onlyProblem(text)).toEqual({
      path: 'grid',
      message: 'point 0 (horizon="1h", warmup="90m"): the scenario\'s warmup: the warm-up (1h 30m) must be shorter than the horizon (1h)',
      ...at(text, 'grid:'),
    });
  });

  it('a value wrong alone but right with the other values of every point that has it: no problem', () => {
    // A warm-up of 3h is longer than the scenario's 2h horizon, but every point sets 4h or 5h.
    const text = yaml`
      scenario: scenarios/base.yaml
      grid:
        horizon: [4h, 5h]
        warmup: [3h]
    `;
    const r = readSweep(text, memory({ 'scenarios/base.yaml': BASE }));
    expect('errors' in r ? r.errors.map((e) => formatProblem(e)) : []).toEqual([]);
  });

  it('a value wrong alone and in some points: at the value where a point fails as it does alone, at the point otherwise', () => {
    const text = yaml`
      scenario: scenarios/base.yaml
      grid:
        horizon: [1h, 2h, 4h]
        warmup: [3h]
    `;
    expect(problems(text).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'grid: point 0 (horizon="1h", warmup="3h"): the scenario\'s warmup: the warm-up (3h) must be shorter than the horizon (1h)',
      'grid.warmup[0]: with "3h", the scenario\'s warmup: the warm-up (3h) must be shorter than the horizon (2h)',
    ]);
  });

  it('a path that leads nowhere in the scenario, an unknown variant, keys and counts: each at its own place', () => {
    const text = yaml`
      scenario: scenarios/base.yaml
      replications: 0
      grid:
        agents[nobody].count: [1]
        variant: [baseline, day]
      colour: red
    `;
    const place = (needle: string) => `${at(text, needle).line}:${at(text, needle).column}`;
    expect(problems(text).map((e) => formatProblem(e, 'sw.yaml'))).toEqual([
      `sw.yaml:${place('colour')} colour: unknown key (expected name, scenario, grid, seed, replications, metrics)`,
      `sw.yaml:${place('agents[nobody]')} grid.agents[nobody].count: agents[nobody] does not exist (1 element: phones)`,
      `sw.yaml:${place('day')} grid.variant[1]: no variant "day" in scenarios/base.yaml (variants: baseline, night)`,
      `sw.yaml:${place('replications')} replications: expected a whole number ≥ 1, got 0`,
    ]);
  });
});

describe('a problem in the scenario the sweep names', () => {
  it('is placed in the scenario file, at its own line and column', () => {
    const scenario = BASE.replace('mean: 180s', 'mean: -3s');
    // Told once, for the scenario, not again for each of its variants, as `omnisim validate` shows it.
    const all = problems('scenario: scenarios/base.yaml\ngrid: { seed: [1] }\n', scenario);
    expect(all.map((e) => e.file)).toEqual(['scenarios/base.yaml']);
    expect(all[0]).toEqual({
      file: 'scenarios/base.yaml',
      path: 'channels.voice.handleTime.mean',
      message: 'expected a duration such as 90s, 10m, 2h or 1d2h, got "-3s"',
      ...at(scenario, 'mean: -3s'),
    });
  });

  it('in one of its variants: in the scenario file, inside that variant', () => {
    const scenario = BASE.replace('count: 3', 'count: -3');
    const e = onlyProblem('scenario: scenarios/base.yaml\ngrid: { variant: [baseline, night] }\n', scenario);
    expect(e).toMatchObject({ file: 'scenarios/base.yaml', path: 'variants.night → agents[0].count', ...at(scenario, 'count: -3') });
  });

  it('a scenario that cannot be read: at the sweep\'s scenario: line', () => {
    const text = 'grid: { seed: [1] }\nscenario: scenarios/gone.yaml\n';
    expect(onlyProblem(text)).toEqual({ path: 'scenario', message: 'scenarios/gone.yaml: no such file', line: 2, column: 1 });
  });
});

describe('replications', () => {
  it('above a scenario\'s limit (100000): refused at its line (it ran out of memory making the units)', () => {
    const text = 'scenario: scenarios/base.yaml\nreplications: 100000000\ngrid:\n  agents[phones].count: [14, 15]\n';
    expect(onlyProblem(text)).toEqual({ path: 'replications', message: 'expected a whole number ≤ 100000, got 100000000', line: 2, column: 1 });
  });
});

describe('a grid too large to sweep', () => {
  it('is refused at grid:, with its size, before any point is compiled (200 values on each of four axes ran validate out of memory)', () => {
    const values = (f: (i: number) => string) => `[${Array.from({ length: 11 }, (_, i) => f(i)).join(', ')}]`;
    const text = 'scenario: scenarios/base.yaml\ngrid:\n'
      + `  agents[phones].count: ${values((i) => String(i + 1))}\n`
      + `  channels.voice.serviceLevelThreshold: ${values((i) => `${i + 1}s`)}\n`
      + `  channels.voice.handleTime.mean: ${values((i) => `${i + 60}s`)}\n`
      + `  channels.voice.arrivals.rate: ${values((i) => `${i + 100}/h`)}\n`;
    const started = performance.now();
    expect(onlyProblem(text)).toEqual({ path: 'grid', line: 2, column: 1,
      message: '14,641 points (11 × 11 × 11 × 11 values); a sweep takes at most 10,000: fewer values, or several sweeps' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('10,000 points are still a sweep', () => {
    const text = 'scenario: scenarios/base.yaml\nreplications: 1\ngrid:\n'
      + `  agents[phones].count: [${Array.from({ length: 100 }, (_, i) => i + 14).join(', ')}]\n`
      + `  channels.voice.serviceLevelThreshold: [${Array.from({ length: 100 }, (_, i) => `${i + 1}s`).join(', ')}]\n`;
    const r = readSweep(text, memory({ 'scenarios/base.yaml': BASE }));
    expect('errors' in r ? r.errors : []).toEqual([]);
    expect(sweepUnits(r as Sweep)).toHaveLength(10_000);
  });
});

describe('what every unit takes from the sweep itself', () => {
  it('a grid of seeds with a sweep seed: refused at the seed (every point ran that seed: the same run told as different points)', () => {
    const text = 'scenario: scenarios/base.yaml\nseed: 5\ngrid:\n  seed: [1, 2]\n';
    expect(onlyProblem(text)).toEqual({ path: 'seed', message: 'the grid varies seed, and this seed would override it at every point: leave one of them out', line: 2, column: 1 });
  });

  it('a grid of replications: refused at the axis (every point ran the sweep\'s replications, whatever its column said)', () => {
    const text = 'scenario: scenarios/base.yaml\nreplications: 2\ngrid:\n  replications: [3, 5]\n';
    expect(onlyProblem(text)).toEqual({ path: 'grid.replications', message: 'a grid cannot vary replications: every point runs the sweep\'s replications: (at the top of the sweep file)', line: 4, column: 3 });
  });

  it('a grid of seeds without a sweep seed: each point runs its own', () => {
    const r = readSweep('scenario: scenarios/base.yaml\ngrid:\n  seed: [1, 2]\n', memory({ 'scenarios/base.yaml': BASE }));
    expect('errors' in r).toBe(false);
  });
});

describe('a metric that is not a path', () => {
  it('a trigger\'s title with ": " unquoted reads as a mapping: refused before the run, saying to quote it', () => {
    const text = yaml`
      scenario: scenarios/base.yaml
      grid:
        agents[phones].count: [14]
      metrics:
        - channels.voice.offered
        - triggers.Surge: end sessions.fired
    `;
    expect(onlyProblem(text)).toEqual({
      path: 'metrics[1]',
      message: 'expected a metric path, got a mapping; a path holding ": " must be quoted: "triggers.Surge: end sessions.fired"',
      ...at(text, 'triggers.Surge'),
    });
  });
});

describe('an empty list of metrics', () => {
  it('is refused at metrics: (it ran into a table of grid values alone)', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [14]\nmetrics: []\n';
    expect(onlyProblem(text)).toEqual({
      path: 'metrics',
      message: 'an empty list shows no metric; list some, e.g. [channels.messaging.serviceLevel], or leave metrics: out for the headline ones',
      ...at(text, 'metrics'),
    });
  });
});

describe('a metric no point has (found after the run)', () => {
  it('is placed at its entry in metrics:', () => {
    const text = yaml`
      scenario: scenarios/base.yaml
      grid:
        agents[phones].count: [14]
      metrics:
        - channels.voice.offered
        - channels.voice.serviceLevl
    `;
    const sweep = readSweep(text, memory({ 'scenarios/base.yaml': BASE })) as Sweep;
    expect(sweep.grid).toHaveLength(1);
    const results = sweepUnits(sweep).map(() => ({ 'channels.voice.offered': 400, 'channels.voice.serviceLevel': 0.8 }));
    expect(unknownMetrics(sweep, sweepResult(sweep, results))).toEqual([{
      path: 'metrics[1]',
      message: '"channels.voice.serviceLevl" is in no point\'s results; did you mean "channels.voice.serviceLevel"?',
      ...at(text, 'channels.voice.serviceLevl'),
    }]);
  });
});

describe('warnings of a sweep (the run goes ahead, the numbers may mean less)', () => {
  function warnings(text: string, scenario = BASE): SweepProblem[] {
    const r = readSweep(text, memory({ 'scenarios/base.yaml': scenario }));
    if ('errors' in r) expect.fail(r.errors.map((e) => formatProblem(e, e.file)).join('\n'));
    return (r as Sweep).warnings;
  }

  it('the scenario\'s own warning is placed in the scenario file, once', () => {
    const scenario = BASE.replace('horizon: 2h', 'horizon: 8d');
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [12, 14]\n';
    expect(warnings(text, scenario)).toEqual([{
      path: 'warmup', message: 'a long run without warm-up starts empty; its first hours bias steady-state figures',
      file: 'scenarios/base.yaml', ...at(scenario, 'warmup'), // where `omnisim run` places it
    }]);
  });

  it('a grid value that adds a warning: at the value, saying what it does to the scenario', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [14, 0]\n  horizon: [2h, 8d]\n';
    const ws = warnings(text);
    expect(ws.map((w) => [w.path, w.line, w.column])).toEqual([
      ['grid.agents[phones].count[1]', ...Object.values(at(text, '0]'))],
      ['grid.agents[phones].count[1]', ...Object.values(at(text, '0]'))],
      ['grid.agents[phones].count[1]', ...Object.values(at(text, '0]'))],
      ['grid.horizon[1]', ...Object.values(at(text, '8d'))],
    ]);
    expect(ws[0]!.message).toBe('with 0, the scenario\'s channels.voice: no agent has voice capacity: every voice ticket will wait to the end');
    expect(ws[3]!.message).toBe('with "8d", the scenario\'s warmup: a long run without warm-up starts empty; its first hours bias steady-state figures');
    expect(ws.every((w) => w.file === undefined)).toBe(true); // in the sweep file
  });

  it('a value\'s own warning that no point gives is not told: 8d warns alone (warm-up 0s), but every point sets a warm-up', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  horizon: [2h, 8d]\n  warmup: [1h, 90m]\n';
    expect(warnings(text)).toEqual([]);
  });

  it('… and is told, at the value, when some point that has it gives it', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  horizon: [2h, 8d]\n  warmup: [1h, 0s]\n';
    expect(warnings(text).map((w) => `${w.path}: ${w.message}`)).toEqual([
      'grid.horizon[1]: with "8d", the scenario\'s warmup: a long run without warm-up starts empty; its first hours bias steady-state figures',
    ]);
  });

  it('a value that only repeats the scenario\'s own warning adds nothing; a clean sweep has none', () => {
    const scenario = BASE.replace('horizon: 2h', 'horizon: 8d');
    expect(warnings('scenario: scenarios/base.yaml\ngrid:\n  horizon: [8d, 9d]\n', scenario)).toHaveLength(1);
    expect(warnings('scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [12, 14]\n')).toEqual([]);
  });
});

describe('warnings only a combination of grid values gives', () => {
  /** Two voice teams (phones 14, backup 2) and a warm-up of 1 h: no warning of its own. */
  const TWO_TEAMS = `${SMALL_VOICE.replace('warmup: 0s', 'warmup: 1h')}  - { team: backup, count: 2, capacity: { voice: 1 } }\n`;
  function warnings(text: string, scenario = TWO_TEAMS): SweepProblem[] {
    const r = readSweep(text, memory({ 'scenarios/base.yaml': scenario }));
    if ('errors' in r) expect.fail(r.errors.map((e) => formatProblem(e, e.file)).join('\n'));
    return (r as Sweep).warnings;
  }
  const told = (ws: SweepProblem[]) => ws.map((w) => `${w.path}: ${w.message}`);

  it('no team left with voice capacity (0 phones, backup capacity 0): at both values, placed at the first', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [14, 0]\n  agents[backup].capacity.voice: [1, 0]\n';
    const ws = warnings(text);
    expect(told(ws)).toEqual([
      // 0 phones alone leaves the backup team overloaded: a warning of the value, told as before.
      expect.stringMatching(/^grid\.agents\[phones\]\.count\[1\]: with 0, the scenario's channels\.voice\.arrivals: .* all the agents together hold 2:/),
      'grid.agents[phones].count[1] with grid.agents[backup].capacity.voice[1]: with 0 and 0, the scenario\'s channels.voice: no agent has voice capacity: every voice ticket will wait to the end',
    ]);
    expect(ws[1]).toMatchObject(at(text, '0]'));
    expect(ws[1]!.file).toBeUndefined(); // in the sweep file
  });

  it('a horizon of 8d with a warm-up of 0s, each harmless alone: at both values', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  horizon: [2h, 8d]\n  warmup: [1h, 0s]\n';
    expect(warnings(text)).toEqual([{
      path: 'grid.horizon[1] with grid.warmup[1]',
      message: 'with "8d" and "0s", the scenario\'s warmup: a long run without warm-up starts empty; its first hours bias steady-state figures',
      ...at(text, '8d'),
    }]);
  });

  it('with a third axis the warning is told once, at the two values that give it, not at every point that has them', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  horizon: [2h, 8d]\n  agents[phones].count: [14, 15]\n  warmup: [1h, 0s]\n';
    expect(told(warnings(text))).toEqual([
      'grid.horizon[1] with grid.warmup[1]: with "8d" and "0s", the scenario\'s warmup: a long run without warm-up starts empty; its first hours bias steady-state figures',
    ]);
  });

  it('a warning only three values give together is told at the three', () => {
    const three = 'horizon: 2h\nchannels:\n  voice:\n    arrivals: { rate: 10/h }\n    handleTime: { distribution: exponential, mean: 180s }\n' +
      'agents:\n  - { team: a, count: 1, capacity: { voice: 1 } }\n  - { team: b, count: 1, capacity: { voice: 1 } }\n  - { team: c, count: 1, capacity: { voice: 1 } }\n';
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[a].count: [1, 0]\n  agents[b].count: [1, 0]\n  agents[c].count: [1, 0]\n';
    expect(told(warnings(text, three))).toEqual([
      'grid.agents[a].count[1] with grid.agents[b].count[1] with grid.agents[c].count[1]: with 0, 0 and 0, the scenario\'s channels.voice: no agent has voice capacity: every voice ticket will wait to the end',
      'grid.agents[a].count[1] with grid.agents[b].count[1] with grid.agents[c].count[1]: with 0, 0 and 0, the scenario\'s channels.voice.group: no team belongs to group "support", so its tickets are never answered',
      'grid.agents[a].count[1] with grid.agents[b].count[1] with grid.agents[c].count[1]: with 0, 0 and 0, the scenario\'s agents: the scenario has no agents: nothing will be answered',
    ]);
  });

  it('the same warning as a value\'s alone, with other numbers, adds nothing (0 phones at a higher rate: still overloaded)', () => {
    const text = 'scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [14, 0]\n  channels.voice.arrivals.rate: [200/h, 300/h]\n';
    expect(warnings(text).map((w) => w.path)).toEqual(['grid.agents[phones].count[1]']);
  });

  it('at most 10 warnings in all, those of single values first', () => {
    const horizons = Array.from({ length: 12 }, (_, i) => `${8 + i}d`);
    const text = `scenario: scenarios/base.yaml\ngrid:\n  agents[phones].count: [14, 0]\n  horizon: [${horizons.join(', ')}]\n  warmup: [1h, 0s]\n`;
    expect(warnings(text).map((w) => w.path)).toEqual([
      'grid.agents[phones].count[1]',
      ...horizons.slice(0, 9).map((_, i) => `grid.horizon[${i}] with grid.warmup[1]`),
    ]);
  });
});
