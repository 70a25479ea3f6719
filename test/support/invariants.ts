// State invariants of a settled engine (between events), shared by the invariant tests:
//  - capacity counts equal the tickets they count, and each ticket is counted where the
//    counting rule says (R26–R30);
//  - every waiting ticket is routable and sits in the heap it names (R1–R4);
//  - the router's waiting counters equal the heap sizes;
//  - an ended session never consumes messaging capacity (R30, with Q2 at its default) and
//    leaves no session timers behind; an offered ticket is neither queued nor assigned.
// Returns the list of violations (empty when all hold).

import type { Engine } from '../../sim/engine/Engine.ts';
import { countedAgent, countedChannel } from '../../sim/model/capacityRule.ts';
import { isRoutable } from '../../sim/routing/eligibility.ts';
import { MESSAGING, SESSION_ENDED } from '../../sim/model/codes.ts';
import { NO_EVENT } from '../../sim/kernel/EventQueue.ts';

export function invariantViolations(e: Engine): string[] {
  const out: string[] = [];
  const counted = e.agents.map(() => [0, 0, 0]);
  let queued = [0, 0, 0];
  e.pool.forEachLive((t) => {
    const c = countedChannel(t, e.settings);
    const expectAgent = c < 0 ? -1 : countedAgent(t, e.settings);
    if (t.countedAgent !== expectAgent || t.countedChannel !== c) {
      out.push(`ticket ${t.id}: counted on agent ${t.countedAgent} channel ${t.countedChannel}, rule says ${expectAgent}/${c}`);
    }
    if (t.countedAgent >= 0) counted[t.countedAgent]![t.countedChannel]!++;
    if (t.sessionState === SESSION_ENDED) {
      if (e.settings.releaseMessagingCapacityOnEnd === 'always' && t.countedChannel === MESSAGING) {
        out.push(`ticket ${t.id}: session ended but still counts messaging capacity`);
      }
      if (t.customerTimer !== NO_EVENT || t.inactivityTimer !== NO_EVENT) out.push(`ticket ${t.id}: session ended with session timers pending`);
    }
    if (t.offeredTo >= 0 && (t.queue || t.assignee >= 0)) out.push(`ticket ${t.id}: offered while queued or assigned`);
    if (t.queue) {
      queued[(t.queue as unknown as { channel: number }).channel]!++;
      if (!isRoutable(t)) out.push(`ticket ${t.id} is queued but not routable`);
      if (t.assignee >= 0) out.push(`ticket ${t.id} is queued and assigned`);
    }
  });
  e.agents.forEach((a, i) => {
    for (let c = 0; c < 3; c++) {
      if (a.counted[c] !== counted[i]![c]) out.push(`agent ${a.name} channel ${c}: counted ${a.counted[c]} but ${counted[i]![c]} tickets count`);
    }
  });
  for (let c = 0; c < 3; c++) {
    if (e.router.waiting[c] !== queued[c]) out.push(`channel ${c}: router.waiting ${e.router.waiting[c]} but ${queued[c]} tickets queued`);
  }
  queued = [0, 0, 0];
  return out;
}
