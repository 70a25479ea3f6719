// A trace names the trigger that fired on the ticket, the survey it sent and a deflection, as
// it names everything else; these lines read "TriggerFired" with nothing after it.

import { describe, it, expect } from 'vitest';
import { traceTicket, formatTrace } from '../../sim/run/traceTicket.ts';
import { compileText } from '../support/scenarios.ts';

const SCENARIO = `name: triggers
seed: 3
horizon: 1h
replications: 1
channels:
  email:
    arrivals: { rate: 30/h }
    handleTime: 5m
    pendingProbability: 0
agents:
  - { team: desk, count: 2, capacity: { email: 3 } }
triggers:
  - title: "Tag VIP"
    conditions: { all: [{ field: update_type, operator: is, value: Create }] }
    actions: [{ field: add_tags, value: [vip] }]
  - title: "Survey on solve"
    conditions: { all: [{ field: status_category, operator: changed_to, value: solved }] }
    actions: [{ field: satisfaction_score, value: offered_to_requester }]
`;

describe('trace: trigger lines', () => {
  const text = formatTrace(traceTicket(compileText(SCENARIO), 0, 1));

  it('names the trigger that fired', () => {
    expect(text).toMatch(/ {2}trigger +"Tag VIP" fired\n/);
    expect(text).not.toContain('TriggerFired');
  });

  it('names the trigger that sent a CSAT survey (R49)', () => {
    expect(text).toMatch(/ {2}trigger +"Survey on solve" fired\n/);
    expect(text).toMatch(/ {2}survey +CSAT survey sent by "Survey on solve" \(R49\)\n/);
    expect(text).not.toContain('SurveySent');
  });
});

describe('trace: a deflection', () => {
  it('says what became of the ticket, not the event\'s name', () => {
    const text = formatTrace({
      ticket: 1, roster: [], followUps: [], brand: null,
      events: [{ type: 'TicketDeflected', t: 90, ticket: 1, channel: 'messaging', waited: 75 }],
    });
    expect(text).toMatch(/deflected +the session ended after 1m 15s waiting, before an answer; nothing re-routed the ticket\n$/);
  });
});
