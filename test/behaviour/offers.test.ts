// Exact traces of messaging offers (R36): Accept, auto-accept, "reassign if not accepted",
// the slot a pending offer holds, and offers counting as assignments under round robin (R23, Q14).

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { compileText } from '../support/scenarios.ts';
import { chat, trace } from './tinyChat.ts';

const TWO_AGENTS = ['{ team: a, count: 2, capacity: { messaging: 1, email: 1 } }'];

describe('R36: messaging work is offered and must be accepted', () => {
  it('R36: the agent accepts after 5 s; the offer holds the slot from the moment it is made', () => {
    const r = record(chat({ acceptTime: '5s', horizon: '8s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to a-1',
      '0 capacity a-1 messaging=1',
      '5 offer #1 accepted by a-1',
      '5 assigned #1 to a-1 as messaging (routed)',
      '5 status #1 new→open',
    ]);
  });

  it('R36: with auto-accept the conversation is assigned directly, with no offer', () => {
    const r = record(chat({ acceptTime: '5s', settings: { autoAccept: true }, horizon: '8s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 assigned #1 to a-1 as messaging (routed)',
      '0 status #1 new→open',
      '0 capacity a-1 messaging=1',
    ]);
  });

  it('R36: "reassign if not accepted" passes an offer not accepted in 30 s to another agent, and back', () => {
    const r = record(chat({ acceptTime: '60s', settings: { reassignIfNotAcceptedAfter: '30s' }, agents: TWO_AGENTS, horizon: '65s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to a-1',
      '0 capacity a-1 messaging=1',
      '30 offer #1 expired by a-1',
      '30 capacity a-1 messaging=0',
      '30 offered #1 to a-2',
      '30 capacity a-2 messaging=1',
      '60 offer #1 expired by a-2',
      '60 capacity a-2 messaging=0',
      '60 offered #1 to a-1',
      '60 capacity a-1 messaging=1',
    ]);
  });

  it('R36: without reassignment OCR keeps offering the same agent: a missed offer is accepted in the end', () => {
    const r = record(chat({ acceptTime: '60s', missProbability: 1, settings: { reassignIfNotAcceptedAfter: '0s' }, agents: TWO_AGENTS, horizon: '65s' }));
    expect(trace(r)).toEqual([
      '0 created #1 messaging',
      '0 offered #1 to a-1',
      '0 capacity a-1 messaging=1',
      '60 offer #1 accepted by a-1',
      '60 assigned #1 to a-1 as messaging (routed)',
      '60 status #1 new→open',
    ]);
  });

  it('R36: auto-accept and reassign timing are mutually exclusive', () => {
    expect(() => compileText(chat({ settings: { autoAccept: true, reassignIfNotAcceptedAfter: '30s' } })))
      .toThrow('settings.autoAccept: autoAccept and reassignIfNotAcceptedAfter are mutually exclusive (R36)');
  });
});

describe('R23 / Q14: under round robin an offer counts as an assignment', () => {
  // #1 is offered to a-1 at 0 (never accepted within 30 s); #2 arrives at 10 while both agents have room.
  const secondOffer = (offerCounts: boolean) =>
    trace(record(chat({
      times: ['0s', '10s'], acceptTime: '60s',
      settings: { assignmentMethod: 'roundRobin', offerCountsAsAssignment: offerCounts, reassignIfNotAcceptedAfter: '30s' },
      agents: ['{ team: a, count: 2, capacity: { messaging: 2, email: 1 } }'], horizon: '20s',
    }))).filter((l) => l.startsWith('10 offered'));

  it('R23/Q14: by default the offer to a-1 counts, so round robin sends #2 to a-2', () => {
    expect(record(chat({ horizon: '1s' })).engine.settings.offerCountsAsAssignment).toBe(true);
    expect(secondOffer(true)).toEqual(['10 offered #2 to a-2']);
  });

  it('R23/Q14: with offerCountsAsAssignment off, a-1 has never been assigned and wins the tie (lowest id)', () => {
    expect(secondOffer(false)).toEqual(['10 offered #2 to a-1']);
  });
});
