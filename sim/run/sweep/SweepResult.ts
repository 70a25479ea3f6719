// Sweep results: per grid point, every metric as { mean, ci95 } over its replications, plus
// CSV with one row per point (the grid values, then mean and interval of each chosen metric).

import { estimate } from '../../metrics/Estimate.ts';
import { rangeOf } from '../metricUnit.ts';
import type { Estimate } from '../../metrics/Estimate.ts';
import type { Sweep } from './Sweep.ts';
import { gridPoints, pointUnit } from './Sweep.ts';
import { readUnit } from './runUnit.ts';
import { inReport, reportScope } from '../reportScope.ts';
import type { UnitResult } from './Unit.ts';
import { CHANNELS } from '../../model/codes.ts';
import { suggest } from '../../scenario/read/describeValue.ts';
import { csvLine } from '../writtenFigures.ts';
import type { Problem } from '../../scenario/read/Problems.ts';

export interface SweepResult {
  sweep: string;
  scenario: string;
  replications: number;
  grid: { path: string; values: unknown[] }[];
  points: { index: number; values: Record<string, unknown>; metrics: Record<string, Estimate> }[];
}

/** `results` in unit order (point-major, replication-minor), as sweepUnits makes them. */
export function sweepResult(s: Sweep, results: readonly UnitResult[]): SweepResult {
  const points = gridPoints(s.grid).map((p) => {
    const reps = results.slice(p.index * s.replications, (p.index + 1) * s.replications);
    // As the point's report has them: no sessions without messaging, no channel without traffic.
    const read = readUnit(pointUnit(s, p, 0));
    const scope = 'errors' in read ? null : reportScope(read.compiled.scenario, reps.map((r) => ({ get: (k: string) => r[k] })));
    const keys = [...new Set(reps.flatMap((r) => Object.keys(r)))].filter((k) => scope === null || inReport(k, scope));
    const metrics: Record<string, Estimate> = {};
    // A metric missing from a replication (a queue nobody entered) is 0 there; null is undefined.
    for (const k of keys) metrics[k] = estimate(reps.map((r) => (k in r ? (r[k] === null ? NaN : r[k]!) : 0)), 0.95, rangeOf(k));
    return { index: p.index, values: p.values, metrics };
  });
  return { sweep: s.name, scenario: s.scenarioPath, replications: s.replications, grid: s.grid.map((g) => ({ path: g.path, values: g.values })), points };
}

export function sweepCsv(r: SweepResult, metrics: readonly string[]): string {
  const axes = r.grid.map((g) => g.path);
  const cols = metrics.filter((m) => r.points.some((p) => p.metrics[m] !== undefined));
  // Every row names its sweep and scenario (as run.csv names a run), so rows of several sweeps
  // pasted into one sheet still tell which they came from.
  const head = ['sweep', 'scenario', 'point', ...axes, ...cols.flatMap((m) => [`${m}`, `${m}_ci95_low`, `${m}_ci95_high`])];
  const rows = r.points.map((p) => csvLine([
    r.sweep, r.scenario, p.index, ...axes.map((a) => p.values[a]),
    ...cols.flatMap((m) => {
      const e = p.metrics[m];
      return [e?.mean ?? '', e?.ci95?.[0] ?? '', e?.ci95?.[1] ?? ''];
    }),
  ]));
  return [csvLine(head), ...rows].join('\n') + '\n';
}

/**
 * The metrics a sweep file lists that no point's results hold (a misspelt path, or a channel
 * or queue the scenario does not have), each with the closest known metric if there is one.
 */
export function unknownMetrics(s: Sweep, r: SweepResult): Problem[] {
  if (!s.metricsGiven) return [];
  const known = [...new Set(r.points.flatMap((p) => Object.keys(p.metrics)))];
  return s.metrics.flatMap((m, i) => {
    if (known.includes(m)) return [];
    // Typos are looked for in the last part, among the metrics that share the rest of the path.
    const cut = m.lastIndexOf('.') + 1;
    const family = known.filter((k) => cut > 0 && k.startsWith(m.slice(0, cut)) && !k.slice(cut).includes('.'));
    const close = suggest(m.slice(cut), family.map((k) => k.slice(cut)));
    const hint = close ? `; did you mean "${m.slice(0, cut)}${close}"?`
      : absent(m, known) ? `; ${absent(m, known)}`
      : family.length > 0 ? `; known here: ${family.slice(0, 12).join(', ')}${family.length > 12 ? ', …' : ''}`
      : `; metrics look like ${known.slice(0, 3).join(', ')}`;
    return [{ path: `metrics[${i}]`, message: `"${m}" is in no point's results${hint}`, ...s.metricsAt[i] }];
  });
}

/** What no point has that a metric's path names — messaging for `sessions.…`, a channel's traffic
 *  for `channels.<c>.…` and `windows.<w>.<c>.…` (left out as the report leaves them out) — or null. */
function absent(m: string, known: readonly string[]): string | null {
  if (m.startsWith('sessions.')) return known.some((k) => k.startsWith('sessions.')) ? null : 'sessions are counted with messaging, and no point has messaging traffic';
  const segs = m.split('.');
  const c = segs[0] === 'channels' ? segs[1] : segs[0] === 'windows' && segs.length >= 4 ? segs[segs.length - 2] : undefined;
  if (c === undefined || !(CHANNELS as readonly string[]).includes(c)) return null;
  return known.some((k) => k.startsWith(`channels.${c}.`)) ? null : `no point has ${c} traffic`;
}
