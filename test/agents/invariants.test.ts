// The agents scenario (random breaks in turns, disconnections, shift ends, R39/R40, call
// offers) over several replications: the engine's state invariants hold between events, routing
// gives work only to agents whose status allows the channel (R19), and every ticket taken from
// an agent is accounted for.

import { describe, it, expect } from 'vitest';
import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { SimEvent } from '../../sim/model/events.ts';
import { compileFile } from '../support/scenarios.ts';
import { invariantViolations } from '../support/invariants.ts';

const compiled = compileFile('agents-breaks-and-reassignment.yaml');

function run(replication: number): { events: SimEvent[]; violations: string[] } {
  const e = new Engine(compiled, replication);
  const events: SimEvent[] = [];
  e.bus.subscribe((ev) => events.push(copyEvent(ev)));
  const violations: string[] = [];
  for (let t = 300; t <= e.horizon; t += 300) {
    e.runUntil(t);
    for (const v of invariantViolations(e)) violations.push(`${t}: ${v}`);
  }
  return { events, violations };
}

describe('agents at random: invariants', () => {
  for (const replication of [0, 1, 2]) {
    it(`replication ${replication}: state invariants, R19 for routed work, reassignments accounted for`, () => {
      const { events, violations } = run(replication);
      expect(violations).toEqual([]);
      const status: string[] = [];
      const wrong: string[] = [];
      let taken = 0, unassigned = 0;
      const kinds = new Set<string>();
      for (const ev of events) {
        kinds.add(ev.type);
        if (ev.type === 'RunStarted') ev.agents.forEach((a) => (status[a.agent] = a.status));
        else if (ev.type === 'AgentStatusChanged') status[ev.agent] = ev.to;
        else if (ev.type === 'TicketOffered' && ev.channel === 'voice' && status[ev.agent] !== 'online') wrong.push(`${ev.t}: call offered to ${status[ev.agent]} agent ${ev.agent}`);
        else if (ev.type === 'TicketAssigned' && ev.how === 'routed') {
          const ok = ev.channel === 'email' ? status[ev.agent] === 'online' || status[ev.agent] === 'away' : ev.channel === 'voice' ? status[ev.agent] === 'online' : true;
          if (!ok) wrong.push(`${ev.t}: ${ev.channel} ticket ${ev.ticket} routed to ${status[ev.agent]} agent ${ev.agent}`);
        } else if (ev.type === 'WorkReassigned') taken += ev.tickets;
        else if (ev.type === 'TicketUnassigned' && !ev.reason.includes('R39')) unassigned++;
        else if (ev.type === 'BreakStarted' && status[ev.agent] !== 'offline' && status[ev.agent] !== 'online') wrong.push(`${ev.t}: break starts for an agent already ${status[ev.agent]}`);
      }
      expect(wrong).toEqual([]);
      expect(unassigned).toBe(taken);
      // The day exercises every part.
      for (const k of ['BreakStarted', 'BreakEnded', 'AgentDisconnected', 'AgentReconnected', 'ShiftEnded', 'WorkReassigned', 'TicketUnassigned']) expect(kinds).toContain(k);
    });
  }
});
