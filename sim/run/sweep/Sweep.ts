// A sweep: one scenario, a grid of changes to it, and the metrics to report. Each grid point
// is run for every replication; results are reported per point with 95 % intervals.

import type { UnitSpec } from './Unit.ts';
import type { Place } from '../../scenario/read/placeOf.ts';
import type { SweepProblem } from './SweepProblem.ts';

export interface GridAxis {
  /** A path into the scenario (agents[chat].count …), or "variant". */
  path: string;
  values: unknown[];
}

export interface Sweep {
  name: string;
  scenarioPath: string;
  scenarioText: string;
  files: Record<string, string>;
  grid: GridAxis[];
  seed: number | null;
  replications: number;
  /** Metric paths for the CSV columns (all metrics are in the JSON). */
  metrics: string[];
  /** The sweep file lists its metrics (else the defaults: those a scenario lacks are left out). */
  metricsGiven: boolean;
  /** Where each listed metric stands in the sweep file: a metric no point has is found after the run. */
  metricsAt: (Place | null)[];
  /**
   * What may make the numbers mean less than they seem: the scenario's own warnings (placed in
   * the scenario file), then those a grid value adds (placed at the value in the sweep file).
   */
  warnings: SweepProblem[];
  /** Tickets one replication of every point creates together, expected (∫λ, as run's size note): the sweep's size. */
  expectedTickets: number;
}

export interface GridPoint {
  index: number;
  values: Record<string, unknown>;
  /** Per axis, the position of the point's value in the axis's list (where the sweep file writes it). */
  at: number[];
}

/** Every combination of the grid's values, the last axis varying fastest. */
export function gridPoints(grid: readonly GridAxis[]): GridPoint[] {
  let combos: Omit<GridPoint, 'index'>[] = [{ values: {}, at: [] }];
  for (const axis of grid) {
    combos = combos.flatMap((c) => axis.values.map((v, i) => ({ values: { ...c.values, [axis.path]: v }, at: [...c.at, i] })));
  }
  return combos.map((c, index) => ({ index, ...c }));
}

/** The work units of a sweep, point by point, replication by replication. */
export function sweepUnits(s: Sweep): UnitSpec[] {
  return gridPoints(s.grid).flatMap((p) => Array.from({ length: s.replications }, (_, replication) => pointUnit(s, p, replication)));
}

export function pointUnit(s: Sweep, p: Pick<GridPoint, 'index' | 'values'>, replication: number): UnitSpec {
  const edits = Object.entries(p.values).filter(([path]) => path !== 'variant') as [string, unknown][];
  const variant = 'variant' in p.values ? String(p.values['variant']) : null;
  return { point: p.index, replication, scenarioText: s.scenarioText, files: s.files, edits, variant, seed: s.seed, replications: s.replications };
}
