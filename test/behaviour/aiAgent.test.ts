// Exact traces of R6: tickets held by an AI agent are ignored by routing until it escalates
// them; the customer's wait (and patience) for a human starts at the escalation; a ticket the
// AI agent resolves never reaches routing or an agent's capacity.

import { describe, it, expect } from 'vitest';
import { record, ticketLines, line } from '../support/record.ts';
import type { Recording } from '../support/record.ts';
import { fixed } from './tinyChat.ts';
import { runText } from '../support/scenarios.ts';

interface Calls {
  times?: string[];
  resolves?: string;
  share?: string;
  aiTime?: string;
  patience?: string;
  agents?: number;
}

/** Calls at fixed times, an AI agent with a fixed time, calls of 100 s, one agent by default. */
function calls(o: Calls = {}): string {
  return [
    'name: ai',
    'horizon: 1h',
    'channels:',
    '  voice:',
    `    arrivals: { times: [${(o.times ?? ['0s', '10s']).join(', ')}] }`,
    `    aiAgent: { share: ${o.share ?? '100%'}, resolves: ${o.resolves ?? '0%'}, handleTime: ${fixed(o.aiTime ?? '60s')} }`,
    `    handleTime: ${fixed('100s')}`,
    ...(o.patience ? [`    patience: ${fixed(o.patience)}`] : []),
    'agents:',
    `  - { team: phones, count: ${o.agents ?? 1}, capacity: { voice: 1 } }`,
  ].join('\n') + '\n';
}

/** The routing and AI lines of a recording (creation, AI agent, queue, assignment, abandonment). */
function story(r: Recording): string[] {
  const keep = new Set(['TicketCreated', 'AiAgentFinished', 'TicketQueued', 'TicketAssigned', 'TicketAbandoned']);
  return r.events.filter((e) => keep.has(e.type)).map((e) => line(r, e));
}

const waitedOf = (r: Recording, id: number) =>
  r.events.flatMap((e) => (e.type === 'TicketAssigned' && e.ticket === id ? [e.waited] : []));

describe('R6: tickets held by an AI agent', () => {
  it('R6: routing ignores a ticket until the AI agent escalates it; the wait for a human counts from the escalation', () => {
    const r = record(calls());
    expect(story(r)).toEqual([
      '0 created #1 voice to the AI agent',
      '10 created #2 voice to the AI agent',
      '60 AI agent escalated #1 after 60',
      '60 assigned #1 to phones-1 as voice (routed)',
      '70 AI agent escalated #2 after 60',
      '70 queued #2 standard/support voice',
      '160 assigned #2 to phones-1 as voice (routed)',
    ]);
    // #1 reached a free agent at once; #2 waited from its escalation at 70, not its arrival at 10.
    expect(waitedOf(r, 1)).toEqual([0]);
    expect(waitedOf(r, 2)).toEqual([90]);
  });

  it('R6: a ticket the AI agent resolves is solved without routing, a queue or an agent', () => {
    const r = record(calls({ resolves: '100%', times: ['0s'] }));
    expect(ticketLines(r, 1)).toEqual([
      '0 created #1 voice to the AI agent',
      '60 AI agent resolved #1 after 60',
      '60 status #1 new→solved',
    ]);
    expect(r.events.some((e) => e.type === 'CapacityChanged')).toBe(false);
    expect(r.engine.pool.live).toBe(0);
  });

  it('R6: patience runs from the escalation, not from the arrival', () => {
    // Two calls escalate at 60 and 70; the only agent is busy with #1 until 160; #2's customer
    // gives up 30 s after its escalation, at 100 (not at 10 + 30 = 40, while with the AI agent).
    const r = record(calls({ patience: '30s' }));
    expect(story(r)).toContain('100 abandoned #2');
    expect(r.events.flatMap((e) => (e.type === 'TicketAbandoned' ? [e.waited] : []))).toEqual([30]);
  });

  it('R6: with share 0 the AI agent takes nothing and every other draw is as without it', () => {
    const base = `name: ai
seed: 3
horizon: 1d
replications: 2
channels:
  voice:
    arrivals: { rate: 100/h }
    handleTime: { distribution: lognormal, mean: 4m, cv: 1 }
    patience: 2m
agents:
  - { team: phones, count: 8, capacity: { voice: 1 } }
`;
    const withAi = base.replace('    patience: 2m\n', '    patience: 2m\n    aiAgent: { share: 0%, resolves: 50%, handleTime: 1m }\n');
    expect(withAi).not.toBe(base);
    const a = runText(base), b = runText(withAi);
    expect(b.channels).toEqual(a.channels);
    expect(b.aiAgent?.voice?.taken.mean).toBe(0);
    expect(a.aiAgent).toBeUndefined();
  });

  it('R6: what the AI agent took is resolved, escalated, ended or still held; escalations are offered to routing', () => {
    const r = runText(`name: ai
seed: 5
horizon: 2d
replications: 3
channels:
  messaging:
    arrivals: { rate: 60/h }
    aiAgent: { share: 80%, resolves: 40%, handleTime: { distribution: lognormal, mean: 3m, cv: 1.5 } }
    handleTime: 8m
    patience: 5m
agents:
  - { team: chat, count: 4, capacity: { messaging: 2 } }
`);
    const ai = r.aiAgent!.messaging!;
    const m = r.channels.messaging!;
    expect(ai.taken.mean!).toBeGreaterThan(0);
    expect(ai.resolved.mean! + ai.escalated.mean! + ai.ended.mean! + ai.withAiAtEnd.mean!).toBeCloseTo(ai.taken.mean!, 9);
    expect(m.answered.mean! + m.abandoned.mean! + m.deflected.mean! + m.unansweredAtEnd.mean!).toBeCloseTo(m.offered.mean!, 9);
    // Offered = tickets the AI agent did not take (about 20 %) + its escalations.
    const created = ai.taken.mean! / 0.8;
    expect(m.offered.mean! - ai.escalated.mean!).toBeGreaterThan(0.15 * created);
    expect(m.offered.mean! - ai.escalated.mean!).toBeLessThan(0.25 * created);
  });
});
