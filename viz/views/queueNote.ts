// Under "Tickets waiting": the chart plays the first replication back, the tiles give the mean
// over all of them. When nobody queued in the replication played while tickets did queue in
// others, the flat line at 0 reads as "nothing waits here" next to tiles with a P(wait) and an
// abandon rate (recipe B: seed 102's first replication queues nobody; over its 20 replications,
// 52 ± 19 tickets a replication enter "Live messaging"). The note says so, with the report's
// queue figures as `omnisim run`'s queue table gives them (its names, its formatting).

import type { FrameFigures, RunMeta } from '../protocol.ts';
import type { Report } from '../../sim/run/Report.ts';
import { formatEstimate } from './viewKit.ts';

/** The note, or null: somebody queued in the replication played, or in none of them. */
export function playedQueueNote(meta: RunMeta, frames: readonly FrameFigures[], report: Report): string | null {
  if (frames.some((f) => f.queues.some((v) => v > 0))) return null;
  const queued = Object.entries(report.queues).filter(([, q]) => (q.entered.mean ?? 0) > 0);
  if (queued.length === 0) return null;
  const figures = queued
    .map(([name, q]) => `${name}: ${formatEstimate(q.entered, 'count')} entered, at most ${formatEstimate(q.maxLength, 'number')} waiting at once`)
    .join('; ');
  return `Nobody waited in a queue in the replication played back (the first of ${meta.replications}), so its line stays at 0; `
    + `in others tickets did. Per replication, over all ${meta.replications}: ${figures} (the queue table of omnisim run).`;
}
