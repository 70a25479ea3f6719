// Work already in the help desk when the run starts (`initialState:`), so a planner can start
// a run mid-morning: per channel, tickets waiting in their queue (a backlog) and tickets in
// progress with agents. These tickets were created before the run, so they are NOT counted in
// the channel figures (offered, answered, waits, service level — which describe tickets
// created during the run); they do use capacity (occupancy), sit in queues (queue lengths,
// the email backlog series) and are reported on their own under `carriedOver`.

import type { ChannelName } from '../model/codes.ts';
import type { DistributionSpec } from '../kernel/distributions/Distribution.ts';

export interface InitialChannelState {
  channel: ChannelName;
  /** Tickets waiting unassigned at time 0 (new, routable): they queue in age order. */
  queued: number;
  /** Tickets assigned to agents at time 0 and being worked on. */
  inProgress: number;
  /** Age of each ticket at time 0 (its creation time is −age): orders the backlog (R14, R16)
   *  and counts in its customer's wait. */
  age: DistributionSpec;
  /** Work left on an in-progress ticket; null: a whole handle time of the channel (exact for
   *  exponential handle times, which have no memory). */
  remaining: DistributionSpec | null;
}
