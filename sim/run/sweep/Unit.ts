// One unit of sweep work: one replication of one point of the grid. Self-contained (the
// scenario text and every file it refers to travel with it), so any process on any machine
// can run it, and its result depends on nothing else: the sweep's results are the same
// whether one worker, all cores or a Redis-backed fleet computed them.

export interface UnitSpec {
  /** Position of the point in the grid, and the replication index. */
  point: number;
  replication: number;
  scenarioText: string;
  /** Files the scenario refers to (trigger exports), by the path it uses. */
  files: Record<string, string>;
  /** Grid values: [path, value] applied to the scenario, in order. */
  edits: [string, unknown][];
  /** A variant of the scenario to run, or null. */
  variant: string | null;
  /** Run options applied after the edits. */
  seed: number | null;
  replications: number | null;
}

/** Metric path → value for one replication (series left out); null where undefined (NaN),
 *  so the result reads the same after JSON (Redis) as after a structured clone (threads). */
export type UnitResult = Record<string, number | null>;

/** How messages name a unit: "unit 3 (point 1, replication 0)". */
export function unitLabel(i: number, u: UnitSpec): string {
  return `unit ${i} (point ${u.point}, replication ${u.replication})`;
}
