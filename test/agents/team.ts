// Tiny, hand-computable scenarios for the agent tests: fixed arrival times on each channel,
// deterministic work, and team lines written out in YAML flow style. Messaging is plain (one
// handle time) unless a test says otherwise; email has no pending cycle unless asked.

import type { Recording } from '../support/record.ts';
import { line } from '../support/record.ts';
import { fixed } from '../behaviour/tinyChat.ts';

export interface TeamScenario {
  horizon?: string;
  /** `settings:` lines, written as YAML (values may be flow mappings). */
  settings?: Record<string, string | number | boolean>;
  /** Email arrival times and work. */
  email?: string[];
  emailHandleTime?: string;
  emailPending?: number;
  emailReplyAfter?: string;
  /** More keys of channels.email (tags, priority, group). */
  emailKeys?: string[];
  /** Messaging arrival times and the plain conversation length. */
  messaging?: string[];
  messagingHandleTime?: string;
  /** Call arrival times, length and patience; `callOffers` is the voice `offers:` value. */
  voice?: string[];
  callLength?: string;
  patience?: string;
  callOffers?: string;
  /** Team lines (flow mappings). */
  agents: string[];
  queues?: string[];
}

export function team(o: TeamScenario): string {
  const settings = Object.entries(o.settings ?? {}).map(([k, v]) => `  ${k}: ${v}`);
  const lines = [
    'name: team',
    `horizon: ${o.horizon ?? '1h'}`,
    ...(settings.length > 0 ? ['settings:', ...settings] : []),
    'channels:',
  ];
  if (o.email) {
    lines.push(
      '  email:',
      `    arrivals: { times: [${o.email.join(', ')}] }`,
      `    handleTime: ${fixed(o.emailHandleTime ?? '1000s')}`,
      `    pendingProbability: ${o.emailPending ?? 0}`,
      `    customerReplyAfter: ${fixed(o.emailReplyAfter ?? '1h')}`,
      ...(o.emailKeys ?? []).map((l) => `    ${l}`),
    );
  }
  if (o.messaging) {
    lines.push(
      '  messaging:',
      `    arrivals: { times: [${o.messaging.join(', ')}] }`,
      `    handleTime: ${fixed(o.messagingHandleTime ?? '1000s')}`,
    );
  }
  if (o.voice) {
    lines.push(
      '  voice:',
      `    arrivals: { times: [${o.voice.join(', ')}] }`,
      `    handleTime: ${fixed(o.callLength ?? '100s')}`,
      ...(o.patience ? [`    patience: ${fixed(o.patience)}`] : []),
      ...(o.callOffers ? [`    offers: ${o.callOffers}`] : []),
    );
  }
  lines.push('agents:', ...o.agents.map((l) => `  - ${l}`));
  if (o.queues) lines.push('queues:', ...o.queues.map((q) => `  - ${q}`));
  return lines.join('\n') + '\n';
}

/** The lines of the given event types, in order. */
export function only(r: Recording, ...types: string[]): string[] {
  return r.events.filter((e) => types.includes(e.type)).map((e) => line(r, e));
}

/** Every line but the run's start and end and capacity counts, in order. */
export function story(r: Recording): string[] {
  return r.events.filter((e) => !['RunStarted', 'RunEnded', 'CapacityChanged'].includes(e.type)).map((e) => line(r, e));
}
