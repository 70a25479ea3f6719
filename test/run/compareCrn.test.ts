// `omnisim compare` on common random numbers (sim/run/compare.ts): replication r of every
// variant uses the same seeded streams, so the paired differences vary far less than the
// difference of two independent runs would — the paired 95 % interval is narrower than the
// unpaired (Welch) one computed from a second, independently seeded run of the same variant.
// Also: a variant identical to the reference differs by exactly 0 and is not significant;
// significance means the paired interval excludes 0; the CLI's JSON and CSV shapes and errors.

import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { compareVariants, flattenSummary } from '../../sim/run/compare.ts';
import type { Comparison } from '../../sim/run/compare.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';
import { studentTQuantile } from '../../sim/metrics/studentT.ts';
import { omnisim } from '../support/cli.ts';
import { writtenFigure } from '../../sim/run/writtenFigures.ts';

/** M/M/6 against M/M/7 at 5 Erlangs (100 calls/h, 3 min each): the seventh agent cuts the wait. */
const SCENARIO = `name: crn
seed: 7
horizon: 9h
warmup: 1h
replications: 20
channels:
  voice:
    arrivals: { rate: 100/h }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
agents:
  - { team: phones, count: 6, capacity: { voice: 1 } }
variants:
  six: {}
  seven:
    agents:
      - { team: phones, count: 7, capacity: { voice: 1 } }
`;

const parsed = parseScenarioText(SCENARIO);

/** A variant of a scenario given as text. */
function variantOf(source: string, name: string): CompiledScenario {
  return parseScenarioText(source).variants.find((v) => v.name === name)!.compiled;
}
const variant = (name: string): CompiledScenario => parsed.variants.find((v) => v.name === name)!.compiled;
const N = 20;
const ASA = 'channels.voice.asaSeconds';
const WAIT = 'channels.voice.waitProbability';

/** The metric in replications 0 … n−1 of a compiled scenario (its own seed). */
function values(compiled: CompiledScenario, metric: string, n = N): number[] {
  return Array.from({ length: n }, (_, r) => flattenSummary(simulate(compiled, r)).get(metric)!);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, x) => a + (x - m) * (x - m), 0) / (xs.length - 1);
};
const correlation = (xs: number[], ys: number[]) => {
  const mx = mean(xs), my = mean(ys);
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) sxy += (xs[i]! - mx) * (ys[i]! - my);
  return sxy / (xs.length - 1) / Math.sqrt(variance(xs) * variance(ys));
};
/** 95 % half-width of the difference of two independent means (Welch–Satterthwaite). */
function welchHalfWidth(xs: number[], ys: number[]): number {
  const a = variance(xs) / xs.length, b = variance(ys) / ys.length;
  const df = (a + b) ** 2 / (a * a / (xs.length - 1) + b * b / (ys.length - 1));
  return studentTQuantile(0.975, df) * Math.sqrt(a + b);
}
const halfWidth = (ci: [number, number] | null) => (ci === null ? NaN : (ci[1] - ci[0]) / 2);

describe('common random numbers: the paired interval is narrower than independent runs give', () => {
  let cmp: Comparison;
  beforeAll(() => {
    expect(parsed.errors).toEqual([]);
    cmp = compareVariants([{ name: 'six', compiled: variant('six') }, { name: 'seven', compiled: variant('seven') }]);
  });

  // Pairing removes the variation the variants share. P(wait) varies alike in both (paired
  // half-width ≈ 0.27 × unpaired here); six agents' ASA varies far more than seven's, so less
  // of it is shared (≈ 0.75 × unpaired), but still the paired interval is the narrower.
  for (const [metric, ratio] of [[ASA, 1], [WAIT, 0.5]] as const) {
    it(`${metric}: paired half-width (same seed) < ${ratio} × Welch half-width (seven re-run on another seed)`, () => {
      const six = values(variant('six'), metric);
      const sevenPaired = values(variant('seven'), metric);
      const sevenIndependent = values(withRunOptions(variant('seven'), { seed: 7 + 1000 }), metric);
      // The comparison's difference is the mean and t-interval of the paired differences.
      const d = sevenPaired.map((y, r) => y - six[r]!);
      const diff = cmp.differences[0]!.values[metric]!;
      expect(diff.mean).toBeCloseTo(mean(d), 9);
      const paired = halfWidth(diff.ci95);
      expect(paired).toBeCloseTo(studentTQuantile(0.975, N - 1) * Math.sqrt(variance(d) / N), 9);
      // Same seed: the customers are the same, so the two variants' replications move together.
      expect(correlation(six, sevenPaired)).toBeGreaterThan(0.8);
      expect(Math.abs(correlation(six, sevenIndependent))).toBeLessThan(0.6);
      const unpaired = welchHalfWidth(six, sevenIndependent);
      expect(paired).toBeLessThan(unpaired * ratio);
      // Both estimate the same difference: the paired mean lies inside the unpaired interval.
      const independentMean = mean(sevenIndependent) - mean(six);
      expect(Math.abs(diff.mean! - independentMean)).toBeLessThan(unpaired);
    });
  }

  it('a difference is significant exactly when its paired interval excludes 0: the seventh agent cuts ASA and P(wait)', () => {
    const diffs = cmp.differences[0]!.values;
    for (const metric of [ASA, WAIT]) {
      expect(diffs[metric]!.ci95![1]).toBeLessThan(0);
      expect(diffs[metric]!.significant).toBe(true);
    }
    // The same customers arrive in both variants: offered calls differ by exactly 0.
    expect(diffs['channels.voice.offered']).toEqual({ mean: 0, ci95: [0, 0], significant: false });
    for (const metric of cmp.metrics) {
      const e = diffs[metric]!;
      expect(e.significant).toBe(e.ci95 !== null && (e.ci95[0] > 0 || e.ci95[1] < 0));
    }
  });
});

describe('a variant identical to the reference', () => {
  it('differs by exactly 0 on every metric, with a [0, 0] interval, and nothing is significant', () => {
    const same = withRunOptions(variant('six'), { replications: 5 });
    const cmp = compareVariants([{ name: 'six', compiled: same }, { name: 'base', compiled: withRunOptions(parsed.compiled!, { replications: 5 }) }]);
    expect(cmp.metrics.length).toBeGreaterThan(15); // voice only: its channel and queue metrics (no sessions, no other channel)
    for (const metric of cmp.metrics) {
      const e = cmp.differences[0]!.values[metric]!;
      const v = cmp.variants[0]!.values[metric]!;
      if (v.mean === null) expect(e).toEqual({ mean: null, ci95: null, significant: false });
      else expect(e).toEqual({ mean: 0, ci95: [0, 0], significant: false });
    }
    expect(cmp.differences[0]!.values[ASA]!.mean).toBe(0);
  });

  it('R6: a variant without an AI agent has 0 of its counts and no value of its shares or means (not 0 %)', () => {
    const source = `name: ai\nseed: 2\nhorizon: 6h\nreplications: 3\nchannels:\n  voice:\n    arrivals: { rate: 60/h }\n` +
      `    aiAgent: { resolves: 40%, handleTime: 1m }\nagents:\n  - { team: a, count: 4, capacity: { voice: 1 } }\n` +
      `variants:\n  with: {}\n  without: { channels: { voice: { aiAgent: null } } }\n`;
    const cmp = compareVariants([{ name: 'with', compiled: variantOf(source, 'with') }, { name: 'without', compiled: variantOf(source, 'without') }]);
    const v = cmp.variants[1]!.values, d = cmp.differences[0]!.values;
    expect(v['aiAgent.voice.resolved']).toEqual({ mean: 0, ci95: [0, 0] });
    expect(v['aiAgent.voice.resolvedShare']).toEqual({ mean: null, ci95: null });
    expect(v['aiAgent.voice.meanHeldSeconds']).toEqual({ mean: null, ci95: null });
    expect(d['aiAgent.voice.resolvedShare']).toEqual({ mean: null, ci95: null, significant: false });
    expect(cmp.variants[0]!.values['aiAgent.voice.resolvedShare']!.mean).toBeGreaterThan(0.2);
  });

  it('compare needs two variants', () => {
    expect(() => compareVariants([{ name: 'six', compiled: variant('six') }])).toThrow('compare needs at least two variants');
  });
});


describe('omnisim compare', () => {
  let dir = '';
  let file = '';
  let plain = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'omnisim-compare-'));
    file = join(dir, 'crn.yaml');
    writeFileSync(file, SCENARIO);
    plain = join(dir, 'plain.yaml');
    writeFileSync(plain, SCENARIO.replace(/\nvariants:[\s\S]*$/, '\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json - prints the comparison (and nothing else) as JSON; --csv writes one row per variant and metric', async () => {
    const csv = join(dir, 'crn.csv');
    const o = await omnisim('compare', file, '--replications', '3', '--json', '-', '--csv', csv);
    expect([o.code, o.err]).toEqual([0, '']);
    const json = JSON.parse(o.out) as Comparison;
    expect(Object.keys(json)).toEqual(['scenario', 'seed', 'replications', 'reference', 'metrics', 'units', 'variants', 'differences']);
    expect([json.scenario, json.seed, json.replications, json.reference]).toEqual(['crn', 7, 3, 'six']);
    expect(json.variants.map((v) => v.name)).toEqual(['six', 'seven']);
    expect(json.differences.map((d) => d.name)).toEqual(['seven']);
    expect(json.metrics).toContain(ASA);
    for (const v of json.variants) {
      expect(Object.keys(v.values)).toEqual(json.metrics);
      for (const e of Object.values(v.values)) expect(Object.keys(e)).toEqual(['mean', 'ci95']);
    }
    for (const e of Object.values(json.differences[0]!.values)) expect(Object.keys(e)).toEqual(['mean', 'ci95', 'significant']);
    // The same numbers as the library call, to the 6 significant digits the JSON keeps.
    const direct = compareVariants(['six', 'seven'].map((name) => ({ name, compiled: withRunOptions(variant(name), { replications: 3 }) })));
    expect(json.differences[0]!.values[ASA]!.mean).toBe(Number(direct.differences[0]!.values[ASA]!.mean!.toPrecision(6)));
    expect(json.differences[0]!.values[ASA]!.significant).toBe(direct.differences[0]!.values[ASA]!.significant);

    const lines = readFileSync(csv, 'utf8').split('\n');
    expect(lines[0]).toBe('scenario,seed,replications,variant,metric,mean,ci95_low,ci95_high,diff_mean,diff_low,diff_high,significant,unit');
    expect(lines.at(-1)).toBe('');
    // Every row names the comparison (scenario, seed, replications), then the variant and metric.
    const rows = lines.slice(1, -1).map((l) => l.split(','));
    expect(rows.length).toBe(2 * json.metrics.length);
    expect(rows.every((r) => r.length === 13)).toBe(true);
    expect(rows.every((r) => r.slice(0, 3).join(',') === 'crn,7,3')).toBe(true);
    const body = rows.map((r) => r.slice(3));
    expect(body.map((r) => `${r[0]} ${r[1]}`)).toEqual([...json.metrics.map((m) => `six ${m}`), ...json.metrics.map((m) => `seven ${m}`)]);
    // The reference has no difference columns; the variant has them, with true/false.
    expect(body.filter((r) => r[0] === 'six').every((r) => r.slice(5, 9).join(',') === ',,,')).toBe(true);
    // The last column is the metric's unit, as --json's units.
    expect(body.every((r) => r[9] === json.units[r[1]!])).toBe(true);
    expect(body.filter((r) => r[0] === 'seven').every((r) => r[8] === 'true' || r[8] === 'false')).toBe(true);
    const asa = body.find((r) => r[0] === 'seven' && r[1] === ASA)!;
    expect(Number(asa[5])).toBe(writtenFigure(direct.differences[0]!.values[ASA]!.mean!)); // CSV gives the written figure (writtenFigures.ts)
    expect(asa[8]).toBe(String(direct.differences[0]!.values[ASA]!.significant));
  });

  it('--variant names the variants to compare, the first being the reference', async () => {
    const o = await omnisim('compare', file, '--replications', '2', '--variant', 'seven', 'six', '--json', '-');
    expect(o.code).toBe(0);
    const json = JSON.parse(o.out) as Comparison;
    expect([json.reference, json.variants.map((v) => v.name), json.differences.map((d) => d.name)]).toEqual(['seven', ['seven', 'six'], ['six']]);
  });

  it('a scenario without variants is a clear error', async () => {
    const o = await omnisim('compare', plain);
    expect(o.code).toBe(1);
    expect(o.out).toBe('');
    expect(o.err).toBe(`omnisim: ${plain}: no variants to compare; add for example\n  variants:\n    baseline: {}\n    recipe:\n      settings: { routeAgentEndedAsEmail: true }\n`);
  });

  it('an unknown --variant is a clear error naming the variants there are', async () => {
    const o = await omnisim('compare', file, '--variant', 'six', 'eight');
    expect(o).toEqual({ code: 1, out: '', err: `omnisim: --variant: "eight" is not a variant of ${file} (variants: six, seven)\n` });
    const one = await omnisim('compare', file, '--variant', 'six');
    expect(one).toEqual({ code: 1, out: '', err: 'omnisim: --variant: name at least two variants to compare\n' });
  });
});

describe('a mean one variant has in only some replications', () => {
  it('differs over the pairs where both have it, and says how many replications had it in only one (unpaired)', () => {
    // One agent on hour-long calls, impatient callers: in some replications nobody calling after
    // 01:00 is answered (no ASA in the window there); with three agents somebody is.
    const source = 'name: few\nseed: 5\nhorizon: 2h\nreplications: 12\nchannels:\n  voice:\n    arrivals: { rate: 3/h }\n' +
      '    handleTime: { distribution: exponential, mean: 60m }\n    patience: { distribution: exponential, mean: 1m }\n' +
      'report:\n  windows:\n    - { name: late, from: "01:00", to: "02:00" }\n' +
      'agents:\n  - { team: a, count: 1, capacity: { voice: 1 } }\n' +
      'variants:\n  one: {}\n  three: { agents: [ { team: a, count: 3, capacity: { voice: 1 } } ] }\n';
    const variants = ['one', 'three'].map((name) => ({ name, compiled: variantOf(source, name) }));
    const cmp = compareVariants(variants);
    const m = 'windows.late.voice.asaSeconds';
    // Recount from the two variants' own runs: replications where exactly one had a figure.
    const has = (i: number, r: number) => Number.isFinite(flattenSummary(simulate(variants[i]!.compiled, r)).get(m) ?? NaN);
    const expected = Array.from({ length: 12 }, (_, r) => has(0, r) !== has(1, r)).filter(Boolean).length;
    expect(expected).toBeGreaterThan(0);
    expect(cmp.differences[0]!.values[m]!.unpaired).toBe(expected);
    // Counts always pair: a replication without an answer counts 0 of them.
    expect(cmp.differences[0]!.values['windows.late.voice.answered']!.unpaired).toBeUndefined();
  });
});
