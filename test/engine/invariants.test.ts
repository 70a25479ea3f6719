// Invariants over long random runs: flow balance per channel (arrivals = answered +
// abandoned + still unanswered in the system), automatic assignment never exceeding
// capacity or status gating (R19, R21), and the state invariants of test/support/invariants.

import { describe, it, expect } from 'vitest';
import { compileFile, compileText } from '../support/scenarios.ts';
import { invariantViolations } from '../support/invariants.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { CHANNELS, ONLINE, AWAY, EMAIL } from '../../sim/model/codes.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';

const overloaded = `
name: overloaded
horizon: 2d
channels:
  messaging:
    arrivals: { rate: 90/h, spikes: [{ at: "10:00", duration: 2h, multiplier: 4 }] }
    handleTime: { distribution: lognormal, mean: 8m, cv: 1 }
    patience: { distribution: exponential, mean: 4m }
  email:
    arrivals: { rate: 60/h }
    handleTime: 6m
    pendingProbability: 40%
    customerReplyAfter: 30m
  voice:
    arrivals: { rate: 40/h }
    handleTime: 5m
    wrapUp: 1m
    patience: 2m
agents:
  - { team: mixed, count: 6, capacity: { messaging: 2, email: 2, voice: 1 } }
  - { team: mail, count: 2, capacity: { email: 4 }, status: away }
`;

function audit(compiled: CompiledScenario, replications: number) {
  for (let r = 0; r < replications; r++) {
    const e = new Engine(compiled, r);
    const created = [0, 0, 0], answered = [0, 0, 0], abandoned = [0, 0, 0], deflected = [0, 0, 0];
    const assignmentProblems: string[] = [];
    const offered = new Map<number, number>(); // ticket → agent holding its offer
    const checkSpare = (agent: number, c: number, ticket: number, what: string) => {
      const a = e.agents[agent]!;
      // Emitted before the ticket is counted: the agent must have had spare capacity.
      if (a.counted[c]! >= a.max[c]!) assignmentProblems.push(`${a.name} was ${what} ticket ${ticket} at ${a.counted[c]}/${a.max[c]} on ${CHANNELS[c]}`);
      if (!(a.status === ONLINE || (a.status === AWAY && c === EMAIL))) assignmentProblems.push(`${a.name} was ${what} ${CHANNELS[c]} work while not eligible (R19)`);
    };
    e.bus.subscribe((ev) => {
      const code = (n: string) => CHANNELS.indexOf(n as never);
      if (ev.type === 'TicketCreated') created[code(ev.channel)]!++;
      else if (ev.type === 'TicketAbandoned') abandoned[code(ev.channel)]!++;
      else if (ev.type === 'TicketDeflected') deflected[code(ev.channel)]!++;
      else if (ev.type === 'TicketOffered') {
        checkSpare(ev.agent, code(ev.channel), ev.ticket, 'offered');
        offered.set(ev.ticket, ev.agent);
      } else if (ev.type === 'OfferEnded') {
        if (ev.outcome !== 'accepted') offered.delete(ev.ticket);
      } else if (ev.type === 'TicketAssigned') {
        if (ev.first) answered[code(ev.via)]!++;
        // A routed assignment follows an offer to the same agent (checked at the offer) or
        // needs spare capacity itself.
        if (ev.how === 'routed') {
          if (offered.get(ev.ticket) === ev.agent) offered.delete(ev.ticket);
          else checkSpare(ev.agent, code(ev.channel), ev.ticket, 'given');
        }
      }
    });
    const step = compiled.scenario.horizon / 200;
    for (let t = step; t <= compiled.scenario.horizon; t += step) {
      e.runUntil(t);
      const v = invariantViolations(e);
      expect(v.slice(0, 5), `replication ${r} at t=${t}`).toEqual([]);
    }
    expect(assignmentProblems.slice(0, 5)).toEqual([]);
    const unanswered = [0, 0, 0];
    e.pool.forEachLive((t) => {
      if (!t.answered && !t.abandoned && !t.deflected) unanswered[t.via]!++;
    });
    for (let c = 0; c < 3; c++) {
      expect(created[c], `${CHANNELS[c]} flow balance`).toBe(answered[c]! + abandoned[c]! + deflected[c]! + unanswered[c]!);
    }
    expect(created.reduce((a, b) => a + b, 0)).toBe(e.pool.createdCount);
  }
}

const sessions = (settings: string) => `
name: sessions-chaos
horizon: 2d
settings: { ${settings} }
channels:
  messaging:
    arrivals: { rate: 80/h, spikes: [{ at: "10:00", duration: 90m, multiplier: 4 }] }
    patience: { distribution: lognormal, mean: 4m, cv: 1.5 }
    conversation:
      mode: exchanges
      exchanges: { distribution: geometric, mean: 3 }
      agentReplyTime: { distribution: lognormal, mean: 40s, cv: 1 }
      customerThinkTime: { distribution: lognormal, mean: 3m, cv: 1.5 }
      closing: { agentSolves: 0.4, agentEndsSession: 0.3, userEndsSession: 0.1, customerGoesSilent: 0.2 }
      silentSolvedAfter: 20m
      followUp: { probability: 0.3, after: 30m }
    offers: { acceptTime: { distribution: exponential, mean: 12s }, missProbability: 0.1 }
  email:
    arrivals: { rate: 20/h }
    handleTime: 5m
    pendingProbability: 30%
    customerReplyAfter: 1h
agents:
  - { team: chat, count: 5, capacity: { messaging: 2, email: 1 } }
  - { team: mail, count: 1, capacity: { email: 3 } }
`;

describe('invariants over long random runs', () => {
  for (const settings of [
    'routeAgentEndedAsEmail: true, reassignIfNotAcceptedAfter: 30s',
    'routeAgentEndedAsEmail: false, autoRelease: reminders',
    'countInactiveConversations: true, autoRelease: setStatus, autoReleaseStatus: solved',
    'autoAccept: true, reassignIfNotAcceptedAfter: 0s, autoRelease: endSession, inactiveQueuedAssignment: offer',
    'endSessionActionSetsEmail: true, releaseMessagingCapacityOnEnd: whenInactiveNotCounted, unassignedInactivityFrom: queueEntry',
  ]) {
    it(`messaging sessions (${settings})`, () => audit(compileText(sessions(settings)), 3));
  }
  it('multichannel day: flow balance, capacity, eligibility', () => audit(compileFile('multichannel-day.yaml'), 5));
  it('an overloaded centre with abandonment, wrap-up, pending email and away agents', () => audit(compileText(overloaded), 5));
});
