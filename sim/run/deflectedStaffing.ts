// Deflected customers — their messaging session ended before an answer and nothing routed the
// ticket on (R44: recipe C's trigger ends the sessions of tickets created out of hours) — count
// as not answered in time at any staffing. `omnisim staff` says so where they decide the answer,
// rather than report agents its search added in vain as a requirement:
//  - a slot (or run) whose every ticket was deflected has nobody for agents to serve, so no
//    number of them meets a target there (recipe C's nights read 9–10 agents, "!");
//  - where only some are, the service level is at most about the share not deflected: by team,
//    recipe C climbed to 202 agents at 0.4 % occupancy for 61.5 % against 80 %.

import type { ChannelTarget, SlotFigures, StaffingRow } from './staffing.ts';

/** Whether every ticket offered, in every replication, was deflected (none reached an agent). */
export function everyTicketDeflected(f: SlotFigures): boolean {
  // deflected ≤ offered in each replication, so equal means are equal in each.
  return (f.offered.mean ?? 0) > 0 && f.deflected.mean === f.offered.mean;
}

/** The channels of a row missing a target where no ticket reached an agent. */
export function unreachedChannels(row: StaffingRow): string[] {
  return row.met ? [] : Object.keys(row.simulated).filter((c) => everyTicketDeflected(row.simulated[c]!));
}

/** Notes for the service-level targets the deflected customers alone put out of reach. */
export function deflectedCeilingNotes(targets: readonly ChannelTarget[], figuresOf: (t: ChannelTarget) => SlotFigures): string[] {
  return targets.flatMap((t) => {
    if (!t.serviceLevel) return [];
    const f = figuresOf(t);
    const note = deflectedCeilingNote(t, f.offered.mean ?? 0, f.deflected.mean ?? 0);
    return note === null ? [] : [note];
  });
}

/** The note for a service-level target `offered` customers (per replication), `deflected` of them,
 *  cannot reach: the most it can pass is the share not deflected. Null where that share reaches it. */
export function deflectedCeilingNote(t: ChannelTarget, offered: number, deflected: number): string | null {
  if (!t.serviceLevel || offered <= 0 || deflected <= 0) return null;
  const ceiling = 1 - deflected / offered;
  if (ceiling >= t.serviceLevel.fraction) return null;
  return `${Math.round(deflected)} of ${Math.round(offered)} ${t.channel} customers per replication were deflected (their session ended ` +
    `before an answer and nothing routed it on, R44); they count as not answered in time at any staffing, so the ${t.channel} service level ` +
    `cannot pass about ${(ceiling * 100).toFixed(1)}%, short of the ${+(t.serviceLevel.fraction * 100).toFixed(1)}% target.`;
}
