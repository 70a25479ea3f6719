// A sweep file: `scenario:` (a path relative to the sweep file), `grid:` of path → list of
// values, optional `seed`, `replications` and `metrics`. Checked up front — every grid point is
// compiled — so a bad path or value is reported before any simulation, at its line and column.

import type { Sweep } from './Sweep.ts';
import type { SweepProblem, ReportAt, ReportAtValues } from './SweepProblem.ts';
import { readGrid } from './readGrid.ts';
import { checkGrid } from './checkGrid.ts';
import { parseScenarioText } from '../../scenario/read/parseScenario.ts';
import { readYamlSource } from '../../scenario/read/readYamlSource.ts';
import { join } from '../../scenario/read/fields.ts';
import type { PathStep } from '../../scenario/read/placeOf.ts';
import { describeValue } from '../../scenario/read/describeValue.ts';

export const DEFAULT_SWEEP_METRICS = [
  'channels.messaging.serviceLevel', 'channels.messaging.asaSeconds', 'channels.messaging.abandonRate', 'channels.messaging.occupancy',
  'channels.email.serviceLevel', 'channels.email.occupancy',
  'channels.voice.serviceLevel', 'channels.voice.asaSeconds', 'channels.voice.abandonRate', 'channels.voice.occupancy',
  'sessions.stranded', 'sessions.reclassifiedToEmail',
];

const KEYS = ['name', 'scenario', 'grid', 'seed', 'replications', 'metrics'];

/** The most replications per point, as a scenario's `replications:` may have. */
const MAX_SWEEP_REPLICATIONS = 100_000;

/**
 * The most points a grid may have. Every point is compiled before anything runs, so a grid of
 * 200 values on each of four axes (1.6 billion points) ran `validate` out of memory after 45 s.
 */
export const MAX_SWEEP_POINTS = 10_000;

/** Grid problems told at the most: one bad value can spoil many points. */
const MAX_POINT_PROBLEMS = 10;

export interface SweepFiles {
  /** Reads a file relative to the sweep file's folder; an error message when it cannot. */
  read(path: string): string | { error: string };
  /** Resolves a path the scenario uses (relative to the scenario) to one read() takes. */
  relativeToScenario(scenarioPath: string, path: string): string;
}

export function readSweep(text: string, files: SweepFiles): Sweep | { errors: SweepProblem[] } {
  const src = readYamlSource(text, 'a sweep file');
  if ('errors' in src) return src;
  const errors: SweepProblem[] = [];
  /** Records into `list` a problem of the sweep file at `steps`, with its line and column. */
  const pathOf = (steps: readonly PathStep[]) => steps.reduce<string>((p, s) => join(p, s), '');
  const placedIn = (list: SweepProblem[]): ReportAt => (steps, message) => {
    list.push({ path: pathOf(steps), message, ...src.place(steps) });
  };
  /** Records into `list` a problem of grid values together, at the first of them. */
  const placedAtValues = (list: SweepProblem[]): ReportAtValues => (values, message) => {
    list.push({ path: values.map(pathOf).join(' with '), message, ...src.place(values[0]!) });
  };
  const report = placedIn(errors);
  const raw = src.raw as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    report([], 'a sweep file is a mapping with scenario: and grid:');
    return { errors };
  }
  for (const k of Object.keys(raw)) if (!KEYS.includes(k)) report([k], `unknown key (expected ${KEYS.join(', ')})`);
  if (typeof raw['scenario'] !== 'string') {
    report(['scenario'], 'the path of the scenario file, relative to the sweep file');
    return { errors };
  }
  const scenarioPath = raw['scenario'];
  const scenarioText = files.read(scenarioPath);
  if (typeof scenarioText !== 'string') {
    report(['scenario'], scenarioText.error);
    return { errors };
  }
  // Collect the files the scenario refers to, so units can travel without a file system.
  const referenced: Record<string, string> = {};
  const base = parseScenarioText(scenarioText, {
    readFile: (p) => {
      const content = files.read(files.relativeToScenario(scenarioPath, p));
      if (typeof content === 'string') referenced[p] = content;
      return content;
    },
  });
  // The scenario's own problems are placed in the scenario file.
  if (!base.compiled) return { errors: [...errors, ...base.errors.map((e) => ({ ...e, file: scenarioPath }))] };
  const grid = readGrid(raw['grid'], { raw: base.raw, path: scenarioPath, variants: base.variants.map((v) => v.name) }, report);
  const seed = raw['seed'] === undefined ? null : Number(raw['seed']);
  if (seed !== null && !(Number.isSafeInteger(seed) && seed >= 0)) report(['seed'], `expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${String(raw['seed'])}`);
  const replications = raw['replications'] === undefined ? base.compiled.scenario.replications : Number(raw['replications']);
  // At most as many as a scenario's replications: may be (more would exhaust memory making the units).
  if (!(Number.isInteger(replications) && replications >= 1)) report(['replications'], `expected a whole number ≥ 1, got ${String(raw['replications'])}`);
  else if (replications > MAX_SWEEP_REPLICATIONS) report(['replications'], `expected a whole number ≤ ${MAX_SWEEP_REPLICATIONS}, got ${String(raw['replications'])}`);
  // Every unit runs with the sweep's own seed (when given) and replications, which would
  // silently override a grid's: points that look different would be the same run.
  if (grid.some((axis) => axis.path === 'replications')) {
    report(['grid', 'replications'], 'a grid cannot vary replications: every point runs the sweep\'s replications: (at the top of the sweep file)');
  }
  if (seed !== null && grid.some((axis) => axis.path === 'seed')) {
    report(['seed'], 'the grid varies seed, and this seed would override it at every point: leave one of them out');
  }
  const metrics = raw['metrics'] === undefined ? DEFAULT_SWEEP_METRICS : Array.isArray(raw['metrics']) ? raw['metrics'].map(String) : null;
  if (metrics === null) report(['metrics'], 'expected a list of metric paths, e.g. [channels.messaging.serviceLevel]');
  // An empty list ran the sweep into a table of grid values alone: no metric, and not the defaults.
  else if (metrics.length === 0) report(['metrics'], 'an empty list shows no metric; list some, e.g. [channels.messaging.serviceLevel], or leave metrics: out for the headline ones');
  // A path with ": " in it (a trigger's title) reads in YAML as a mapping unless quoted.
  if (Array.isArray(raw['metrics'])) {
    raw['metrics'].forEach((m: unknown, i) => {
      if (typeof m === 'string') return;
      const colon = m !== null && typeof m === 'object' && !Array.isArray(m) && Object.keys(m).length === 1;
      report(['metrics', i], `expected a metric path, got ${describeValue(m)}` +
        (colon ? `; a path holding ": " must be quoted: "${Object.keys(m as object)[0]}: ${String(Object.values(m as object)[0])}"` : ''));
    });
  }
  const sweep: Sweep = {
    name: typeof raw['name'] === 'string' ? raw['name'] : scenarioPath, scenarioPath, scenarioText, files: referenced, grid,
    seed, replications: Number.isInteger(replications) && replications >= 1 && replications <= MAX_SWEEP_REPLICATIONS ? replications : 1, metrics: metrics ?? DEFAULT_SWEEP_METRICS,
    metricsGiven: raw['metrics'] !== undefined,
    metricsAt: raw['metrics'] === undefined ? [] : (metrics ?? []).map((_, i) => src.place(['metrics', i]) ?? null),
    warnings: base.warnings.map((w) => ({ ...w, file: scenarioPath })),
    expectedTickets: 0,
  };
  const points = grid.reduce((n, axis) => n * axis.values.length, 1);
  if (points > MAX_SWEEP_POINTS) {
    report(['grid'], `${points.toLocaleString('en-US')} points (${grid.map((a) => a.values.length).join(' × ')} values); a sweep takes at most ` +
      `${MAX_SWEEP_POINTS.toLocaleString('en-US')}: fewer values, or several sweeps`);
    return { errors };
  }
  sweep.expectedTickets = checkGrid(sweep, report, MAX_POINT_PROBLEMS, placedAtValues(sweep.warnings));
  return errors.length > 0 ? { errors } : sweep;
}
