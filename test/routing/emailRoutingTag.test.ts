// R2 and Q5: an email-routed ticket needs the auto-routing tag for the standard queue; whether it
// also needs it for a custom queue that matches it is the open question Q5, the setting
// requireTagForEmailRouted (standardQueueOnly by default, as [S3]: queues ignore tags).

import { describe, it, expect } from 'vitest';
import { record } from '../support/record.ts';
import { trace } from '../behaviour/tinyChat.ts';

/** One email at 0 s, one free agent; with `queue`, a custom queue that takes all email. */
const mail = (requireTag: string, tags: string, queue: boolean) => `name: q5
horizon: 1h
settings: { requireTagForEmailRouted: ${requireTag} }
channels:
  email:
    arrivals: { times: [0s] }
    handleTime: { distribution: deterministic, value: 100s }
    tags: [${tags}]
agents:
  - { team: mail, count: 1, capacity: { email: 1 } }
${queue ? `queues:
  - name: mail
    conditions: { all: [{ field: channel, operator: is, value: email }] }
    primaryGroups: [support]` : ''}
`;

const ROUTED = ['0 created #1 email', '0 assigned #1 to mail-1 as email (routed)', '0 status #1 new→open', '0 capacity mail-1 email=1',
  '100 status #1 open→solved', '100 capacity mail-1 email=0'];
const STRANDED = ['0 created #1 email', '0 stranded #1 no-queue'];

describe('R2 / Q5: the auto-routing tag on email-routed tickets', () => {
  it.each([
    // [requireTagForEmailRouted, tags, custom queue, what happens]
    ['standardQueueOnly', 'auto-routing', false, ROUTED],
    ['standardQueueOnly', '', false, STRANDED], // R2: the standard queue needs the tag
    ['standardQueueOnly', '', true, ROUTED], // Q5 default: the custom queue takes it without the tag
    ['always', '', true, STRANDED], // Q5 always: no tag, no queue at all
    ['always', 'auto-routing', true, ROUTED],
  ] as const)('requireTagForEmailRouted %s, tags [%s], custom queue %s', (requireTag, tags, queue, expected) => {
    const r = record(mail(requireTag, tags, queue));
    expect(trace(r)).toEqual(expected);
  });

  it('a stranded untagged email says why: no queue matched (R2, R10), or every queue needs the tag (Q5)', () => {
    const reason = (requireTag: string, queue: boolean) =>
      (record(mail(requireTag, '', queue)).events.find((e) => e.type === 'TicketStranded') as { reason: string } | undefined)?.reason;
    expect(reason('standardQueueOnly', false)).toBe('email-routed without the "auto-routing" tag and no custom queue matches (R2, R10)');
    expect(reason('always', true)).toBe('email-routed without the "auto-routing" tag, which every queue needs (requireTagForEmailRouted: always, Q5)');
  });
});
