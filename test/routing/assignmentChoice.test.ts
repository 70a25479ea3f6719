// Which agent routing picks for a ticket that finds agents free (R21–R23, Q15), checked at every
// such choice of long random runs against a brute-force reading of the rules: among the agents
// of the ticket's pool who may take the channel now (R19, R21), the best by the assignment
// method (R22), ties to the oldest last assignment in that channel (R23), then the final
// tie-break (Q15). The agent heaps that make this O(log n) must agree with the plain scan.

import { describe, it, expect } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import type { Agent } from '../../sim/model/Agent.ts';
import type { Ticket } from '../../sim/model/Ticket.ts';
import type { TicketHeap } from '../../sim/routing/TicketHeap.ts';
import { CHANNELS, ONLINE, AWAY, EMAIL } from '../../sim/model/codes.ts';

/** Agents with different maxima per channel, so the methods disagree; a break now and then (R19). */
const desk = (method: string, tieBreak: string) => `
name: assignment-choice
horizon: 1d
seed: 9
settings: { assignmentMethod: ${method}, tieBreak: ${tieBreak}, autoAccept: true }
channels:
  messaging:
    arrivals: { rate: 40/h }
    handleTime: { distribution: exponential, mean: 12m }
  email:
    arrivals: { rate: 30/h }
    handleTime: { distribution: exponential, mean: 8m }
  voice:
    arrivals: { rate: 12/h }
    handleTime: { distribution: exponential, mean: 4m }
agents:
  - { team: wide, count: 3, capacity: { messaging: 4, email: 5, voice: 1 } }
  - { team: narrow, count: 4, capacity: { messaging: 2, email: 2 }, breaks: [{ at: "09:30", duration: 30m, stagger: 30m, waves: 2 }, { at: "14:00", duration: 30m, status: away, waves: 2, stagger: 30m }] }
  - { team: phones, count: 2, capacity: { voice: 1, email: 1 } }
`;

/** The sort key of R22's methods: smaller wins. */
const METHOD_KEY: Record<string, (a: Agent, c: number) => number> = {
  highestSpare: (a, c) => -(a.max[c]! - a.counted[c]!),
  highestPercentSpare: (a, c) => a.counted[c]! / a.max[c]!,
  roundRobin: () => 0,
};

/** R19 + R21: may the agent be given routed work on the channel now? */
const mayTake = (a: Agent, c: number) => a.counted[c]! < a.max[c]! && (a.status === ONLINE || (a.status === AWAY && c === EMAIL));

interface Audit { choices: number; byKey: number; byLastAssignment: number; byTieBreak: number; wrong: string[] }

/** Runs the desk and checks every choice routing makes for a ticket that did not wait in a queue. */
function audit(method: string, tieBreak: string, replication = 0): Audit {
  const e = new Engine(compileText(desk(method, tieBreak)), replication);
  const out: Audit = { choices: 0, byKey: 0, byLastAssignment: 0, byTieBreak: 0, wrong: [] };
  const key = METHOD_KEY[method]!;
  const deliver = e.deliver.bind(e);
  // Routing hands its choice to the engine here, before anything about the agent changes.
  e.deliver = (t: Ticket, agent: Agent, from: TicketHeap | null) => {
    if (from === null) {
      const c = t.routingChannel;
      const pool = e.agents.filter((a) => a.groups.includes(t.group) && mayTake(a, c));
      const order = (a: Agent, b: Agent) => key(a, c) - key(b, c) || a.lastAssignedAt[c]! - b.lastAssignedAt[c]! || a.tieRank - b.tieRank;
      const best = [...pool].sort(order)[0];
      out.choices++;
      if (best !== agent) out.wrong.push(`${e.now}s: ${CHANNELS[c]} ticket ${t.id} went to ${agent.name}, the rules pick ${best?.name ?? 'nobody'}`);
      // Which rule decided: count the choices each one settled, so the test knows it saw them all at work.
      const second = [...pool].sort(order)[1];
      if (second) {
        if (key(best!, c) !== key(second, c)) out.byKey++;
        else if (best!.lastAssignedAt[c] !== second.lastAssignedAt[c]) out.byLastAssignment++;
        else out.byTieBreak++;
      }
    }
    deliver(t, agent, from);
  };
  e.run();
  return out;
}

describe('R21–R23, Q15: the agent routing picks for a ticket that finds agents free', () => {
  it.each(['highestSpare', 'highestPercentSpare', 'roundRobin'])('R22 %s: every choice is the best by the method, then the oldest last assignment (R23), then the lowest id (Q15)', (method) => {
    const a = audit(method, 'lowestId');
    expect(a.wrong.slice(0, 5)).toEqual([]);
    expect(a.choices).toBeGreaterThan(1500);
    // Each rule decided some choices (round robin has no key of its own: R23 decides).
    if (method !== 'roundRobin') expect(a.byKey).toBeGreaterThan(100);
    expect(a.byLastAssignment).toBeGreaterThan(100);
    expect(a.byTieBreak).toBeGreaterThan(0); // at the start nobody has been assigned
  });

  it('Q15 tieBreak random: the final tie-break follows a seeded order of the agents, not their ids, and still picks as the rules say', () => {
    const a = audit('highestSpare', 'random', 1);
    expect(a.wrong.slice(0, 5)).toEqual([]);
    const ranks = (r: number) => new Engine(compileText(desk('highestSpare', 'random')), r).agents.map((x) => x.tieRank);
    expect([...ranks(1)].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const orders = [0, 1, 2, 3].map((r) => ranks(r).join());
    expect(new Set(orders).size).toBeGreaterThan(1); // replications draw their own order
    expect(orders.some((o) => o !== '0,1,2,3,4,5,6,7,8')).toBe(true);
    expect(ranks(1)).toEqual(ranks(1)); // and the same seed gives the same order
  });
});
