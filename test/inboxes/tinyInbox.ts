// Tiny, hand-computable scenarios with one inbox for the exact-trace tests of test/inboxes:
// fixed arrival times, deterministic durations and pick-up delays, one or two agents.

import { fixed } from '../behaviour/tinyChat.ts';

export { fixed };

export interface InboxOptions {
  horizon?: string;
  mode?: 'pull' | 'push';
  /** Messaging arrival times, handle time and more keys of channels.messaging. */
  times?: string[];
  handleTime?: string;
  messaging?: string[];
  /** Email arrivals (the channel is left out without them). */
  emailTimes?: string[];
  emailHandleTime?: string;
  email?: string[];
  /** Voice arrivals (left out without them). */
  voiceTimes?: string[];
  pickUpDelay?: string;
  /** More keys of the inbox, e.g. "pick: priority". */
  inbox?: string[];
  /** Agent team lines (default: one agent "a-1" with messaging 1, email 1, voice 1). */
  agents?: string[];
  /** Raw lines under initialState:. */
  initialState?: string[];
  /** Raw lines under settings:. */
  settings?: string[];
}

export function inbox(o: InboxOptions = {}): string {
  const lines = [
    'name: tiny-inbox',
    `horizon: ${o.horizon ?? '1h'}`,
    ...(o.settings ? ['settings:', ...o.settings.map((l) => `  ${l}`)] : []),
    'channels:',
    '  messaging:',
    `    arrivals: { times: [${(o.times ?? ['0s']).join(', ')}] }`,
    `    handleTime: ${fixed(o.handleTime ?? '100s')}`,
    ...(o.messaging ?? []).map((l) => `    ${l}`),
    ...(o.emailTimes ? [
      '  email:',
      `    arrivals: { times: [${o.emailTimes.join(', ')}] }`,
      `    handleTime: ${fixed(o.emailHandleTime ?? '100s')}`,
      '    pendingProbability: 0',
      ...(o.email ?? []).map((l) => `    ${l}`),
    ] : []),
    ...(o.voiceTimes ? [
      '  voice:',
      `    arrivals: { times: [${o.voiceTimes.join(', ')}] }`,
      `    handleTime: ${fixed('100s')}`,
    ] : []),
    'agents:',
    ...(o.agents ?? ['{ team: a, count: 1, capacity: { messaging: 1, email: 1, voice: 1 } }']).map((l) => `  - ${l}`),
    'inboxes:',
    '  - name: support',
    '    groups: [support]',
    `    mode: ${o.mode ?? 'pull'}`,
    `    pickUpDelay: ${fixed(o.pickUpDelay ?? '30s')}`,
    ...(o.inbox ?? []).map((l) => `    ${l}`),
    ...(o.initialState ? ['initialState:', ...o.initialState.map((l) => `  ${l}`)] : []),
  ];
  return lines.join('\n') + '\n';
}
