// Tiny, hand-computable messaging scenarios for the exact-trace tests of test/behaviour:
// fixed arrival times, deterministic durations, a single closing outcome, one or two agents.
// Also `act`, which changes a live engine between events the way a trigger or an admin would
// (the engine has no triggers or status schedules yet) and settles it like an event does.

import type { Engine } from '../../sim/engine/Engine.ts';
import type { Ticket } from '../../sim/model/Ticket.ts';
import type { Recording } from '../support/record.ts';
import type { AgentStatusCode } from '../../sim/model/codes.ts';
import { line } from '../support/record.ts';

/** A deterministic duration, e.g. fixed('20s'). */
export function fixed(v: string): string {
  return `{ distribution: deterministic, value: ${v} }`;
}

export type Closing = 'agentSolves' | 'agentEndsSession' | 'userEndsSession' | 'customerGoesSilent';

export interface ChatOptions {
  horizon?: string;
  /** Routing settings, written as YAML values. */
  settings?: Record<string, string | number | boolean>;
  /** Messaging arrival times. */
  times?: string[];
  exchanges?: number;
  agentReplyTime?: string;
  customerThinkTime?: string;
  closing?: Closing;
  /** More keys of `conversation:` (followUp, silentSolvedAfter, endSessionWork, abandoned). */
  conversation?: string[];
  acceptTime?: string;
  missProbability?: number;
  /** More keys of `channels.messaging` (tags, patience, group). */
  messaging?: string[];
  /** Email arrivals; the email channel is always present so that email work is exact. */
  emailTimes?: string[];
  emailHandleTime?: string;
  emailPendingProbability?: number;
  emailReplyAfter?: string;
  /** Agent team lines (default: one agent "a-1" with messaging 1, email 1). */
  agents?: string[];
  /** Raw `queues:` list items. */
  queues?: string[];
}

/** The YAML of a tiny exchange-mode messaging scenario (defaults: one arrival at 0 s, two
 *  exchanges, the agent replies in 10 s, the customer thinks 20 s, the agent ends the session). */
/** What the default chat() conversation does first: offered to a-1 at 0, accepted, open. */
export const ASSIGNED_AT_0 = [
  '0 created #1 messaging',
  '0 offered #1 to a-1',
  '0 capacity a-1 messaging=1',
  '0 offer #1 accepted by a-1',
  '0 assigned #1 to a-1 as messaging (routed)',
  '0 status #1 new→open',
];

/** Then: the agent replies at 10 and 40, the customer writes at 30. */
export const CONVERSATION_TO_40 = [...ASSIGNED_AT_0, '10 message #1 agent', '30 message #1 end_user', '40 message #1 agent'];

export function chat(o: ChatOptions = {}): string {
  const settings = Object.entries(o.settings ?? {}).map(([k, v]) => `  ${k}: ${v}`);
  const lines = [
    'name: tiny',
    `horizon: ${o.horizon ?? '2h'}`,
    ...(settings.length > 0 ? ['settings:', ...settings] : []),
    'channels:',
    '  messaging:',
    `    arrivals: { times: [${(o.times ?? ['0s']).join(', ')}] }`,
    ...(o.messaging ?? []).map((l) => `    ${l}`),
    '    conversation:',
    '      mode: exchanges',
    `      exchanges: ${o.exchanges ?? 2}`,
    `      agentReplyTime: ${fixed(o.agentReplyTime ?? '10s')}`,
    `      customerThinkTime: ${fixed(o.customerThinkTime ?? '20s')}`,
    `      closing: { ${o.closing ?? 'agentEndsSession'}: 1 }`,
    ...(o.conversation ?? []).map((l) => `      ${l}`),
    '    offers:',
    `      acceptTime: ${fixed(o.acceptTime ?? '0s')}`,
    `      missProbability: ${o.missProbability ?? 0}`,
    '  email:',
    `    arrivals: { times: [${(o.emailTimes ?? []).join(', ')}] }`,
    `    handleTime: ${fixed(o.emailHandleTime ?? '100s')}`,
    `    pendingProbability: ${o.emailPendingProbability ?? 0}`,
    `    customerReplyAfter: ${fixed(o.emailReplyAfter ?? '1h')}`,
    'agents:',
    ...(o.agents ?? ['{ team: a, count: 1, capacity: { messaging: 1, email: 1 } }']).map((l) => `  - ${l}`),
    ...(o.queues ? ['queues:', ...o.queues.map((q) => `  - ${q}`)] : []),
  ];
  return lines.join('\n') + '\n';
}

/**
 * Runs the engine to `at`, applies `change` (what a trigger action, an admin or an agent would
 * do) and settles the engine as the end of an event does: recount, re-route, drain.
 */
export function act(r: Recording, at: number, change: (e: Engine) => void): void {
  r.engine.runUntil(at);
  change(r.engine);
  (r.engine as unknown as { settle(): void }).settle();
}

/** The live ticket with this id. */
export function ticket(e: Engine, id: number): Ticket {
  const t = e.pool.bySlot.find((x) => x.id === id);
  if (!t) throw new Error(`ticket #${id} is not live`);
  return t;
}

/** The lines of a recording of the given event types, in order. */
export function linesOf(r: Recording, ...types: string[]): string[] {
  return r.events.filter((e) => types.includes(e.type)).map((e) => line(r, e));
}

/** Every line of a recording but the run's start and end, in order. */
export function trace(r: Recording): string[] {
  return r.events.filter((e) => e.type !== 'RunStarted' && e.type !== 'RunEnded').map((e) => line(r, e));
}

/** An agent's unified status changes (the engine has no status schedules yet): the router
 *  re-derives the agent's pools, and pulls waiting work when the event settles. */
export function setAgentStatus(e: Engine, agent: number, status: AgentStatusCode): void {
  const a = e.agents[agent]!;
  a.status = status;
  e.router.refreshAll(a);
}
