// `staff` with a service-level target on a channel whose customers are partly deflected — their
// messaging session ended before an answer and nothing routed the ticket on (R44: recipe C's
// trigger ends out-of-hours sessions) — meets a ceiling no staffing lifts: a deflected customer
// counts as not answered in time whatever the number of agents, so the service level is at most
// the share of customers not deflected. The search then climbs to its cap in vain (recipe C:
// 202 agents at 0.4 % occupancy, 61.5 % against 80 %); the note under the table says why.

import type { ChannelTarget, SlotFigures } from './staffing.ts';

/** Notes for the service-level targets the deflected customers alone put out of reach. */
export function deflectedCeilingNotes(targets: readonly ChannelTarget[], figuresOf: (t: ChannelTarget) => SlotFigures): string[] {
  return targets.flatMap((t) => {
    if (!t.serviceLevel) return [];
    const f = figuresOf(t);
    const offered = f.offered.mean ?? 0, deflected = f.deflected.mean ?? 0;
    if (offered <= 0 || deflected <= 0) return [];
    const ceiling = 1 - deflected / offered;
    if (ceiling >= t.serviceLevel.fraction) return [];
    return [`${Math.round(deflected)} of ${Math.round(offered)} ${t.channel} customers per replication were deflected (their session ended ` +
      `before an answer and nothing routed it on, R44); they count as not answered in time at any staffing, so the ${t.channel} service level ` +
      `cannot pass about ${(ceiling * 100).toFixed(1)}%, short of the ${+(t.serviceLevel.fraction * 100).toFixed(1)}% target.`];
  });
}
