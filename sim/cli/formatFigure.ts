// A figure in a report table of several replications. One that a single replication could
// measure — the ASA of a window in which one replication of twenty answered anyone — has that
// one value for its mean and no interval; printed bare it read as a mean over the run ("7m 42s"
// beside "34.2s ± 15.8s"). It is marked ¹, and a footnote under the table says what that means.

import type { Estimate } from '../metrics/Estimate.ts';
import { formatEstimate, type Unit } from './formatEstimate.ts';

export const ONE_REPLICATION = ' ¹';

/** formatEstimate, marked ¹ when `replications` ≥ 2 but one replication alone gave the figure. */
export function formatFigure(e: Estimate | undefined, unit: Unit, replications: number): string {
  const text = formatEstimate(e, unit);
  // estimate() leaves the interval out exactly when one value was finite (Estimate.ts).
  return replications >= 2 && e && e.mean !== null && e.ci95 === null ? text + ONE_REPLICATION : text;
}

const NOTE = '¹ only one replication had anything to measure it by: its one value, not a mean with an interval';

/** The footnote for a table whose cells include a figure marked ¹, or ''. */
export function oneReplicationNote(rows: readonly (readonly string[])[], note = NOTE): string {
  return rows.some((r) => r.some((cell) => cell.includes(ONE_REPLICATION))) ? `${note}\n` : '';
}
