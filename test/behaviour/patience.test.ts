// Patience runs while the customer waits on a live channel, whether or not a queue took their
// ticket: a ticket that no queue matches (no group and no custom queue, R2, R10) used to wait to
// the end of the run, its customer never giving up. And it stops with the live conversation: a
// messaging customer whose session ends and whose ticket goes on as email (R44, Q1) waits for an
// emailed answer and cannot hang up on it — they used to "abandon" from the email queue.

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { fixed } from './tinyChat.ts';
import { ruleLine } from '../triggers/ruleTrace.ts';

const REMOVE_GROUP = { title: 'no group', conditions: [{ field: 'update_type', operator: 'is', value: 'Create' }], actions: [{ field: 'group_id', value: '' }] };

/** One call at 0 s and one agent; the trigger (when given) takes the ticket's group away. */
const phone = (trigger: boolean, patience = '60s') => `name: unplaced
horizon: 300s
channels:
  voice:
    arrivals: { times: [0s] }
    handleTime: ${fixed('100s')}
    patience: ${fixed(patience)}
agents:
  - { team: a, count: 1, capacity: { voice: 1 } }
${trigger ? `triggers: ${JSON.stringify([REMOVE_GROUP])}\n` : ''}`;

const story = (yaml: string) => {
  const r = record(yaml);
  return r.events.filter((e) => e.type !== 'TriggerFired' && e.type !== 'RunStarted' && e.type !== 'RunEnded').map((e) => ruleLine(r, e));
};

describe('patience of a customer whose ticket no queue takes', () => {
  it('they give up when their patience runs out, as a queued customer would', () => {
    const lines = story(phone(true));
    expect(lines.slice(0, 2)).toEqual(['0 created #1 voice', '0 stranded #1 no-queue']);
    expect(lines).toContain('60 abandoned #1');
    expect(lines.some((l) => l.includes('assigned'))).toBe(false);
  });

  it('with a group, the same customer is answered at once (the patience is not what strands them)', () => {
    expect(story(phone(false)).some((l) => l.startsWith('0 assigned #1'))).toBe(true);
  });

  it('their clock stops when the ticket stops being routable (an automation sets it pending at 60 s, before a patience of 90 s), as a queued one\'s does', () => {
    const park = { title: 'park', every: '60s', conditions: [{ field: 'status', operator: 'is', value: 'new' }], actions: [{ field: 'status', value: 'pending' }] };
    const lines = story(`${phone(true, '90s')}automations: ${JSON.stringify([park])}\n`);
    expect(lines).toContain('60 status #1 new→pending');
    expect(lines.some((l) => l.includes('abandoned'))).toBe(false);
  });

  it('patience longer than the run: still waiting at the end, not abandoned', () => {
    expect(story(phone(true, '1h')).some((l) => l.includes('abandoned'))).toBe(false);
  });
});

/** A chat customer at 0 s with nobody on chat: a trigger on create routes the ticket as email. */
const reclassified = (setEmail: boolean) => `name: to-email
horizon: 300s
channels:
  messaging:
    arrivals: { times: [0s] }
    handleTime: ${fixed('100s')}
    patience: ${fixed('60s')}
  email:
    arrivals: { times: [] }
    handleTime: ${fixed('100s')}
agents:
  - { team: a, count: 1, capacity: { voice: 1 } }
${setEmail ? `triggers: ${JSON.stringify([{
    title: 'to email', conditions: [{ field: 'update_type', operator: 'is', value: 'Create' }],
    actions: [{ field: 'current_tags', value: ['auto-routing'] }, { field: 'set_routing_channel', value: 'email' }],
  }])}\n` : ''}`;

describe('patience ends with the live conversation (R44)', () => {
  it('a chat customer whose ticket is routed as email waits for an answer to the end; nobody abandons', () => {
    const lines = story(reclassified(true));
    expect(lines.some((l) => l.startsWith('0 queued #1'))).toBe(true); // in the email queue, nobody to take it
    expect(lines.some((l) => l.includes('abandoned'))).toBe(false);
  });

  it('the same customer left in the chat queue gives up at their patience', () => {
    expect(story(reclassified(false))).toContain('60 abandoned #1');
  });
});
