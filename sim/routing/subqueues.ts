// R12 subqueues: a custom queue with subqueues is routed as consecutive queues, one per
// subqueue, named "<queue>/<subqueue>", each with its own primary and secondary groups. Only
// the first holds the queue's conditions (the others never match on their own); a ticket that
// matches goes to one subqueue at random, weighted by the shares. Its draw is made once per
// ticket, from the stream "subqueue/<routing channel>", and kept: a ticket matched again (Q7)
// lands in the same subqueue, and variants with other shares keep every other draw.

import type { QueueConfig } from '../scenario/Scenario.ts';
import type { Predicate } from '../triggers/conditions/ConditionField.ts';
import type { RoutingQueue } from './Router.ts';

const NEVER: Predicate = () => false;

/** The routing queues of one custom queue: itself, or its subqueues in order. */
export function routingQueues(q: QueueConfig, matches: Predicate, group: (name: string) => number, sortBySla: boolean): RoutingQueue[] {
  if (q.subqueues.length === 0) {
    return [{ name: q.name, matches, primaryGroups: q.primaryGroups.map(group), secondaryGroups: q.secondaryGroups.map(group), sortBySla }];
  }
  let acc = 0;
  const total = q.subqueues.reduce((n, s) => n + s.share, 0);
  const shares = Float64Array.from(q.subqueues, (s) => (acc += s.share / total));
  return q.subqueues.map((s, i) => ({
    name: `${q.name}/${s.name}`,
    matches: i === 0 ? matches : NEVER,
    primaryGroups: s.primaryGroups.map(group),
    secondaryGroups: s.secondaryGroups.map(group),
    sortBySla,
    ...(i === 0 ? { subqueueShares: shares } : {}),
  }));
}

/** Offset of the subqueue a uniform draw picks from cumulative shares. */
export function pickSubqueue(shares: Float64Array, u: number): number {
  for (let i = 0; i < shares.length - 1; i++) if (u < shares[i]!) return i;
  return shares.length - 1;
}
