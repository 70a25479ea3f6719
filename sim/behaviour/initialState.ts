// Work carried over from before the run (`initialState:`), put in place at time 0 before the
// first arrival, so a planner can start a run mid-morning with an email backlog and
// conversations in progress.
// - Waiting (queued) tickets were created `age` ago: they keep that creation time as their
//   eligibility time (R14, R16: the backlog is served oldest first, ahead of new tickets) and
//   their customers have been waiting since then; patience left is a fresh draw (exact for
//   exponential patience, which has no memory).
// - In-progress tickets are open and assigned to an agent of their group with room (the most
//   spare units first, then the lowest index), with `remaining` work left (default a whole
//   handle time; exchange conversations run their exchanges). With no room anywhere they wait.
// They draw from their own streams (`initial-state` seed), so the run's arrivals keep their
// draws whether or not the scenario carries work over. None of them is a TicketCreated: the
// channel figures count tickets created during the run (see InitialState.ts).

import type { Engine } from '../engine/Engine.ts';
import type { Ticket } from '../model/Ticket.ts';
import type { Agent } from '../model/Agent.ts';
import { ChannelRuntime } from '../engine/ChannelRuntime.ts';
import { RandomStreams } from '../kernel/RandomStreams.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { CHANNELS, OPEN, PRIORITIES, channelCode } from '../model/codes.ts';
import { newTicket } from './newTicket.ts';
import { brandNames } from '../scenario/brandNames.ts';

export function carryOver(e: Engine): void {
  const sc = e.compiled.scenario;
  const streams = new RandomStreams(`${sc.seed}|initial-state`, e.replication);
  for (const s of sc.initialState) {
    const code = channelCode(s.channel);
    const ch = new ChannelRuntime(code, sc.channels[code]!, sc.groups, brandNames(sc), sc.startWeekday, sc.horizon, streams);
    const age = makeDistribution(s.age);
    const remaining = s.remaining ? makeDistribution(s.remaining) : null;
    const uAge = streams.get(`age/${s.channel}`);
    const uRemaining = streams.get(`remaining/${s.channel}`);
    for (let i = 0; i < s.inProgress + s.queued; i++) {
      const inProgress = i < s.inProgress;
      const t = newTicket(e, ch, null, false);
      const a = age.sample(uAge);
      t.creating = false; // created before the run: "Ticket is Created" triggers ran back then
      t.measured = false;
      t.createdAt = -a;
      t.initialEligibleAt = -a;
      t.latestEligibleAt = -a;
      t.orderKey2 = -a;
      if (inProgress && remaining) t.workSeconds = remaining.sample(uRemaining);
      announce(e, t, a, inProgress);
      const agent = inProgress ? agentFor(e, t) : null;
      if (agent) {
        t.waitingSince = NaN;
        t.answered = true;
        t.status = OPEN; // already open: no status change at time 0
        e.assign(t, agent, 'initial');
      } else {
        // Waiting: since its creation, or (in progress, but no agent has room) since now.
        t.waitingSince = inProgress ? 0 : -a;
        if (!inProgress) t.patience += a;
        e.touch(t); // routed (or put in its Unassigned view) when the event settles
      }
    }
  }
}

/** An agent of the ticket's group (any agent if it has none) and brand (R7) with room, most spare units first. */
function agentFor(e: Engine, t: Ticket): Agent | null {
  const c = t.routingChannel;
  let best: Agent | null = null;
  for (const a of e.agents) {
    if (t.group >= 0 && !a.groups.includes(t.group)) continue;
    if ((t.brandMask & ~a.skills) !== 0) continue;
    if (!e.router.canTake(a, c)) continue;
    if (best === null || a.spare(c) > best.spare(c)) best = a;
  }
  return best;
}

function announce(e: Engine, t: Ticket, age: number, inProgress: boolean): void {
  if (!e.events.wanted('TicketCarriedOver')) return;
  const group = t.group >= 0 ? e.compiled.scenario.groups[t.group]! : null;
  e.events.emit({ type: 'TicketCarriedOver', t: e.now, ticket: t.id, channel: CHANNELS[t.via], priority: PRIORITIES[t.priority]!, group, age, inProgress });
}
