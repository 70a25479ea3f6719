// P(wait) counts the customers still waiting in a queue when the run ends: whatever happens
// next, they waited (an answer would be `queued`, giving up counts as waiting). It left them all
// out, so a day ending with a backlog read as if its last customers had never queued. Those
// only offered so far, or that no queue took (R2, R10), are left out: they may still be answered
// without queueing. Small deterministic runs (fixed arrival times and handle times, one agent),
// counted by hand; the brands' figures are recounted from the run's own events.

import { describe, it, expect } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { simulate, metricsConfig } from '../../sim/run/simulate.ts';
import { runMetrics } from '../../sim/metrics/RunMetrics.ts';
import type { RunSummary } from '../../sim/metrics/RunMetrics.ts';
import type { SimEvent } from '../../sim/model/events.ts';

const fixed = (v: string) => `{ distribution: deterministic, value: ${v} }`;
const CREATED = { all: [{ field: 'update_type', operator: 'is', value: 'Create' }] };

/** Calls at 0, 1, 2, 13, 14 and 15 min, 10 min each, one agent, until 25 min: #1 is answered at
 *  once, #2 and #3 after queueing (at 10 and 20 min), #4–#6 are still in the queue at the end. */
const calls = (triggers = '') => `name: calls-left-waiting
horizon: 25m
replications: 1
channels:
  voice:
    arrivals: { times: [0s, 1m, 2m, 13m, 14m, 15m] }
    handleTime: ${fixed('10m')}
    serviceLevelThreshold: 20s
    brands: { north: 50%, south: 50% }
agents:
  - { team: phones, count: 1, capacity: { voice: 1 } }
report:
  windows:
    - { name: first, from: 0m, to: 10m }
    - { name: second, from: 10m, to: 25m }
${triggers}`;

function run(yaml: string): { r: RunSummary; events: SimEvent[] } {
  const events: SimEvent[] = [];
  const r = simulate(compileText(yaml), 0, { listeners: [(e) => events.push(structuredClone(e))] });
  return { r, events };
}

/** The same events folded again, with RunEnded saying nobody still waiting had queued. */
function foldedAsUnqueued(yaml: string, events: readonly SimEvent[]): RunSummary {
  const fold = runMetrics(metricsConfig(compileText(yaml)));
  let s = fold.initial();
  for (const e of events) s = fold.reduce(s, e.type === 'RunEnded' ? { ...e, waiting: e.waiting.map((w) => ({ ...w, queued: false })) } : e);
  return fold.summarize(s);
}

/** P(wait) recounted from the events, apart from the fold and RunEnded: a customer's first
 *  outcome, or with none by the end, whether their ticket entered a queue. */
function pWaitFromEvents(events: readonly SimEvent[], keep: (ticket: number) => boolean): number {
  const waited = new Map<number, boolean | null>(); // null: no outcome yet
  const queued = new Set<number>();
  for (const e of events) {
    if (e.type === 'TicketCreated') waited.set(e.ticket, null);
    else if (e.type === 'TicketQueued') queued.add(e.ticket);
    else if (e.type === 'TicketAssigned' && e.first) waited.set(e.ticket, e.queued);
    else if (e.type === 'TicketAbandoned') waited.set(e.ticket, true);
    else if (e.type === 'TicketDeflected') waited.set(e.ticket, e.waited > 0);
  }
  let yes = 0, all = 0;
  for (const [ticket, w] of waited) {
    if (!keep(ticket)) continue;
    const counted = w ?? (queued.has(ticket) ? true : null); // still waiting: counted if queued
    if (counted === null) continue;
    all++;
    if (counted) yes++;
  }
  return yes / all;
}

describe('P(wait) with customers still waiting in a queue at the end', () => {
  const { r, events } = run(calls());
  const voice = r.channels.voice;

  it('the three calls still queued at the end are counted as having waited: 5/6, not 2/3', () => {
    const ended = events.find((e) => e.type === 'RunEnded');
    expect(ended?.type === 'RunEnded' && ended.waiting).toEqual([
      { ticket: 4, channel: 'voice', waited: 720, queued: true },
      { ticket: 5, channel: 'voice', waited: 660, queued: true },
      { ticket: 6, channel: 'voice', waited: 600, queued: true },
    ]);
    expect([voice.offered, voice.answered, voice.unansweredAtEnd, voice.missedAtEnd]).toEqual([6, 3, 3, 3]);
    expect(voice.waitProbability).toBe(5 / 6); // #2, #3 queued; #4–#6 still queued; #1 answered at once
    expect(voice.waitProbability).toBe(pWaitFromEvents(events, () => true));
  });

  it('per window of the time they reached routing: the first 2/3 (nobody left), the second 3/3 (it had no figure)', () => {
    expect(r.windows['first']!.voice.waitProbability).toBe(2 / 3);
    expect(r.windows['second']!.voice.offered).toBe(3);
    expect(r.windows['second']!.voice.waitProbability).toBe(1);
  });

  it('per brand (R7), as recounted from the events', () => {
    const brandOf = new Map<number, string>();
    for (const e of events) if (e.type === 'TicketBranded') brandOf.set(e.ticket, e.brand);
    const brands = [...new Set(brandOf.values())].sort();
    expect(brands).toEqual(['north', 'south']);
    for (const b of brands) {
      expect(r.brands![b]!.voice!.waitProbability, b).toBe(pWaitFromEvents(events, (t) => brandOf.get(t) === b));
    }
    // At least one brand has both a customer answered at once and one still queued, so its
    // figure is not the one that left them out.
    const left = foldedAsUnqueued(calls(), events);
    expect(brands.some((b) => r.brands![b]!.voice!.waitProbability !== left.brands![b]!.voice!.waitProbability)).toBe(true);
  });

  it('the waits, ASA, P90 and abandon rate still count customers with an outcome only; the service level as before', () => {
    expect([voice.meanWaitSeconds, voice.asaSeconds, voice.abandonRate]).toEqual([540, 540, 0]); // (0 + 540 + 1080) / 3
    expect(voice.serviceLevel).toBe(1 / 6); // #1 within 20 s; #2, #3 late; #4–#6 missed at the end
    // Only P(wait) reads whether those still waiting had queued: as if none had, every other
    // figure is the same, and P(wait) is what it was (2/3).
    const left = foldedAsUnqueued(calls(), events);
    expect(left.channels.voice.waitProbability).toBe(2 / 3);
    expect({ ...left.channels.voice, waitProbability: 0 }).toEqual({ ...voice, waitProbability: 0 });
    expect({ ...left.windows['second']!.voice, waitProbability: 0 }).toEqual({ ...r.windows['second']!.voice, waitProbability: 0 });
    expect(left.windows['second']!.voice.waitProbability).toBeNaN();
  });
});

describe('who is counted: waited in a queue, not merely still waiting', () => {
  it('calls no queue takes (a trigger takes their group away, R2) are left out of P(wait); the service level counts them as missed', () => {
    // From 13.5 min new calls lose their group: #5 and #6 wait in no queue (stranded, no-queue).
    const noGroup = { title: 'no group', conditions: CREATED, actions: [{ field: 'group_id', value: '' }], activeWindows: [{ from: '13m30s', to: '25m' }] };
    const { r, events } = run(calls(`triggers: ${JSON.stringify([noGroup])}\n`));
    const ended = events.find((e) => e.type === 'RunEnded');
    expect(ended?.type === 'RunEnded' && ended.waiting.map((w) => [w.ticket, w.queued])).toEqual([[4, true], [5, false], [6, false]]);
    const voice = r.channels.voice;
    expect(voice.waitProbability).toBe(3 / 4); // #2, #3, #4 of #1–#4
    expect(voice.missedAtEnd).toBe(3);
    expect(voice.serviceLevel).toBe(1 / 6);
    expect(r.windows['second']!.voice.waitProbability).toBe(1); // #4 only
  });

  it('chats: one only offered so far is left out; those routed as email on creation (R44) wait in the email queue and count, under messaging', () => {
    // #1 at 0 s: its session is ended at once (deflected, no wait). #2 at 10 s: offered to the
    // only agent, who never accepts (30 min). #3 at 1 min: in the chat queue. #4, #5 at 3 and 4
    // min: routed as email (their session ended, R44), in the email queue with nobody to take it.
    const end = { title: 'end at once', conditions: CREATED, actions: [{ field: 'end_messaging_session', value: 'end_session' }], activeWindows: [{ from: '0s', to: '5s' }] };
    const toEmail = { title: 'to email', conditions: CREATED, actions: [{ field: 'current_tags', value: ['auto-routing'] }, { field: 'set_routing_channel', value: 'email' }], activeWindows: [{ from: '2m', to: '25m' }] };
    const { r, events } = run(`name: chats-left-waiting
horizon: 25m
replications: 1
channels:
  messaging:
    arrivals: { times: [0s, 10s, 1m, 3m, 4m] }
    handleTime: ${fixed('10m')}
    serviceLevelThreshold: 60s
    offers: { acceptTime: ${fixed('30m')} }
  email:
    arrivals: { times: [] }
    handleTime: ${fixed('10m')}
agents:
  - { team: chat, count: 1, capacity: { messaging: 1 } }
triggers: ${JSON.stringify([end, toEmail])}
`);
    const ended = events.find((e) => e.type === 'RunEnded');
    expect(ended?.type === 'RunEnded' && ended.waiting.map((w) => [w.ticket, w.queued])).toEqual([[2, false], [3, true], [4, true], [5, true]]);
    const m = r.channels.messaging;
    expect([m.offered, m.deflected, m.unansweredAtEnd, m.missedAtEnd]).toEqual([5, 1, 4, 4]);
    expect(m.waitProbability).toBe(3 / 4); // #3, #4, #5 of #1, #3, #4, #5; it read 0/1
    expect(m.waitProbability).toBe(pWaitFromEvents(events, () => true));
    expect(m.serviceLevel).toBe(0);
    expect(r.channels.email.offered).toBe(0); // counted by arrival channel
  });
});
