// Exact traces of talk capacity (R28) and of a waiting call leaving its queue when it is
// assigned (R17): one agent, two calls 50 s apart, each 100 s long.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { trace } from './tinyChat.ts';
import { invariantViolations } from '../support/invariants.ts';
import { VOICE } from '../../sim/model/codes.ts';

const talk = (wrapUp: string) => `name: talk
horizon: 1h
channels:
  voice:
    arrivals: { times: [0s, 50s] }
    handleTime: { distribution: deterministic, value: 100s }
${wrapUp}
agents:
  - { team: phones, count: 1, capacity: { voice: 1 } }
`;

const FIRST_CALL = [
  '0 created #1 voice',
  '0 assigned #1 to phones-1 as voice (routed)',
  '0 status #1 new→open',
  '0 capacity phones-1 voice=1',
  '50 created #2 voice',
  '50 queued #2 standard/support voice',
];

describe('R28: talk capacity is 0 or 1, and a call stops counting at hang-up, or after wrap-up if there is one', () => {
  it('R28 without wrap-up: the line is free at hang-up (100 s), and the waiting call is answered then', () => {
    const r = record(talk(''));
    expect(trace(r)).toEqual([
      ...FIRST_CALL,
      '100 call ended #1',
      '100 status #1 open→solved',
      '100 capacity phones-1 voice=0',
      '100 unqueued #2 assigned',
      '100 assigned #2 to phones-1 as voice (routed)',
      '100 status #2 new→open',
      '100 capacity phones-1 voice=1',
      '200 call ended #2',
      '200 status #2 open→solved',
      '200 capacity phones-1 voice=0',
    ]);
    expect(invariantViolations(r.engine)).toEqual([]);
  });

  it('R28 with 30 s of wrap-up: the call still counts from hang-up (100 s) to the end of wrap-up (130 s); the next call waits until then', () => {
    const r = record(talk('    wrapUp: { distribution: deterministic, value: 30s }'));
    expect(trace(r)).toEqual([
      ...FIRST_CALL,
      '100 call ended #1',
      '130 status #1 open→solved',
      '130 capacity phones-1 voice=0',
      '130 unqueued #2 assigned',
      '130 assigned #2 to phones-1 as voice (routed)',
      '130 status #2 new→open',
      '130 capacity phones-1 voice=1',
      '230 call ended #2',
      '260 status #2 open→solved',
      '260 capacity phones-1 voice=0',
    ]);
  });

  it('R17: the call answered at 130 s has left its queue: nothing waits, and the queue is empty', () => {
    const r = record(talk('    wrapUp: { distribution: deterministic, value: 30s }'), { until: 131 });
    expect(r.engine.router.waiting[VOICE]).toBe(0);
    expect(r.engine.router.standardHeaps.flat().reduce((n, h) => n + h.size, 0)).toBe(0);
    expect(invariantViolations(r.engine)).toEqual([]);
  });
});
