// A sweep file: `scenario:` (a path relative to the sweep file), `grid:` of path → list of
// values, optional `seed`, `replications` and `metrics`. Checked up front — every grid point is
// compiled — so a bad path or value is reported before any simulation, with its place.

import { parseDocument } from 'yaml';
import type { Sweep, GridAxis } from './Sweep.ts';
import { gridPoints, pointUnit } from './Sweep.ts';
import { compileUnit } from './runUnit.ts';
import { parsePath } from './setPath.ts';
import { parseScenarioText } from '../../scenario/read/parseScenario.ts';

export const DEFAULT_SWEEP_METRICS = [
  'channels.messaging.serviceLevel', 'channels.messaging.asaSeconds', 'channels.messaging.abandonRate', 'channels.messaging.occupancy',
  'channels.email.serviceLevel', 'channels.email.occupancy',
  'channels.voice.serviceLevel', 'channels.voice.asaSeconds', 'channels.voice.abandonRate', 'channels.voice.occupancy',
  'sessions.stranded', 'sessions.reclassifiedToEmail',
];

export interface SweepFiles {
  /** Reads a file relative to the sweep file's folder; an error message when it cannot. */
  read(path: string): string | { error: string };
  /** Resolves a path the scenario uses (relative to the scenario) to one read() takes. */
  relativeToScenario(scenarioPath: string, path: string): string;
}

export function readSweep(text: string, files: SweepFiles): Sweep | { errors: string[] } {
  const errors: string[] = [];
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { errors: doc.errors.map((e) => e.message.split('\n')[0]!) };
  const raw = doc.toJS() as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { errors: ['a sweep file is a mapping with scenario: and grid:'] };
  for (const k of Object.keys(raw)) {
    if (!['name', 'scenario', 'grid', 'seed', 'replications', 'metrics'].includes(k)) errors.push(`${k}: unknown key (expected name, scenario, grid, seed, replications, metrics)`);
  }
  if (typeof raw['scenario'] !== 'string') return { errors: [...errors, 'scenario: the path of the scenario file, relative to the sweep file'] };
  const scenarioPath = raw['scenario'];
  const scenarioText = files.read(scenarioPath);
  if (typeof scenarioText !== 'string') return { errors: [...errors, `scenario: ${scenarioText.error}`] };
  // Collect the files the scenario refers to, so units can travel without a file system.
  const referenced: Record<string, string> = {};
  const base = parseScenarioText(scenarioText, {
    readFile: (p) => {
      const content = files.read(files.relativeToScenario(scenarioPath, p));
      if (typeof content === 'string') referenced[p] = content;
      return content;
    },
  });
  if (!base.compiled) return { errors: [...errors, ...base.errors.map((e) => `scenario ${scenarioPath}: ${e.path}: ${e.message}`)] };
  const grid: GridAxis[] = [];
  const g = raw['grid'];
  if (!g || typeof g !== 'object' || Array.isArray(g) || Object.keys(g).length === 0) {
    errors.push('grid: expected a mapping of path: [values…], e.g. agents[chat].count: [8, 10, 12]');
  } else {
    for (const [path, values] of Object.entries(g)) {
      if (!Array.isArray(values) || values.length === 0) {
        errors.push(`grid.${path}: expected a non-empty list of values`);
        continue;
      }
      if (path !== 'variant') {
        const segs = parsePath(path);
        if ('error' in segs) {
          errors.push(`grid.${path}: ${segs.error}`);
          continue;
        }
      } else {
        const unknown = values.filter((v) => !base.variants.some((x) => x.name === String(v)));
        for (const v of unknown) errors.push(`grid.variant: no variant "${String(v)}" in ${scenarioPath} (variants: ${base.variants.map((x) => x.name).join(', ') || 'none'})`);
        if (unknown.length > 0) continue; // reported; the points are checked without this axis
      }
      grid.push({ path, values });
    }
  }
  const seed = raw['seed'] === undefined ? null : Number(raw['seed']);
  if (seed !== null && !(Number.isSafeInteger(seed) && seed >= 0)) errors.push(`seed: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, got ${String(raw['seed'])}`);
  const replications = raw['replications'] === undefined ? base.compiled.scenario.replications : Number(raw['replications']);
  if (!(Number.isInteger(replications) && replications >= 1)) errors.push(`replications: expected a whole number ≥ 1, got ${String(raw['replications'])}`);
  const metrics = raw['metrics'] === undefined ? DEFAULT_SWEEP_METRICS : Array.isArray(raw['metrics']) ? raw['metrics'].map(String) : null;
  if (metrics === null) errors.push('metrics: expected a list of metric paths, e.g. [channels.messaging.serviceLevel]');
  const sweep: Sweep = {
    name: typeof raw['name'] === 'string' ? raw['name'] : scenarioPath, scenarioPath, scenarioText, files: referenced, grid,
    seed, replications: Number.isInteger(replications) && replications >= 1 ? replications : 1, metrics: metrics ?? DEFAULT_SWEEP_METRICS,
    metricsGiven: raw['metrics'] !== undefined,
  };
  // Every point must compile: report each bad one with its grid values.
  for (const p of gridPoints(grid)) {
    try {
      compileUnit(pointUnit(sweep, p, 0));
    } catch (e) {
      errors.push(`point ${p.index} (${Object.entries(p.values).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ')}): ${(e as Error).message}`);
      if (errors.length >= 10) break;
    }
  }
  return errors.length > 0 ? { errors } : sweep;
}
