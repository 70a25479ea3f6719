// A slot (or run) whose every ticket was deflected — its messaging session ended before anyone
// answered and nothing routed it on, as recipe C's trigger does to tickets created out of hours
// (R44) — has nobody for agents to serve: no number of them meets a target there. `omnisim staff`
// says so rather than report the agents its search added there in vain as a requirement.

import type { SlotFigures, StaffingRow } from './staffing.ts';

/** Whether every ticket offered, in every replication, was deflected (none reached an agent). */
export function everyTicketDeflected(f: SlotFigures): boolean {
  // deflected ≤ offered in each replication, so equal means are equal in each.
  return (f.offered.mean ?? 0) > 0 && f.deflected.mean === f.offered.mean;
}

/** The channels of a row missing a target where no ticket reached an agent. */
export function unreachedChannels(row: StaffingRow): string[] {
  return row.met ? [] : Object.keys(row.simulated).filter((c) => everyTicketDeflected(row.simulated[c]!));
}
