// Helpers for the exact-trace trigger tests: tiny scenarios (test/behaviour/tinyChat.ts) with
// rule sections appended, and renderings of trigger events as compact lines. A "probe" is a
// trigger whose only action is a notification: it changes nothing, so it shows exactly which
// updates its conditions matched without disturbing the run.

import { record, line } from '../support/record.ts';
import type { Recording } from '../support/record.ts';
import type { SimEvent } from '../../sim/model/events.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { readScenarioFile } from '../support/scenarios.ts';
import { fixed } from '../behaviour/tinyChat.ts';

export interface DeskOptions {
  horizon?: string;
  settings?: Record<string, string | number | boolean>;
  /** Email arrival times. */
  times?: string[];
  handleTime?: string;
  /** More keys of `channels.email` (priority, tags, group). */
  email?: string[];
  /** Agent team lines (default: one agent "a-1" with email capacity 1, group support). */
  agents?: string[];
  queues?: string[];
}

/** A tiny email-only scenario: fixed arrival times, a fixed handle time, no pending cycle. */
export function desk(o: DeskOptions = {}): string {
  const settings = Object.entries(o.settings ?? {}).map(([k, v]) => `  ${k}: ${v}`);
  return [
    'name: desk',
    `horizon: ${o.horizon ?? '200s'}`,
    ...(settings.length > 0 ? ['settings:', ...settings] : []),
    'channels:',
    '  email:',
    `    arrivals: { times: [${(o.times ?? ['0s']).join(', ')}] }`,
    `    handleTime: ${fixed(o.handleTime ?? '100s')}`,
    '    pendingProbability: 0',
    ...(o.email ?? []).map((l) => `    ${l}`),
    'agents:',
    ...(o.agents ?? ['{ team: a, count: 1, capacity: { email: 1 } }']).map((l) => `  - ${l}`),
    ...(o.queues ? ['queues:', ...o.queues.map((q) => `  - ${q}`)] : []),
  ].join('\n') + '\n';
}

export interface Rules {
  triggers?: object[];
  messagingTriggers?: object[];
  automations?: object[];
  schedules?: object;
  start?: object;
}

/** The scenario with rule sections appended (JSON is YAML flow style). */
export function withRules(base: string, rules: Rules): string {
  return base + Object.entries(rules).map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`).join('');
}

/** A trigger that only notifies: it never changes the ticket. */
export function probe(title: string, all: object[], any: object[] = [], extra: object = {}): object {
  return { title, conditions: { all, any }, actions: [{ field: 'notification_user', value: 'x' }], ...extra };
}

/** Rule events as lines: "0 A #1" (ticket trigger), "0 A #1 no-op", "0 msg A #1", "0 auto A #1". */
export function ruleLine(r: Recording, e: SimEvent): string {
  const t = Number(e.t.toFixed(3));
  switch (e.type) {
    case 'TriggerFired': {
      const kind = e.kind === 'ticket' ? '' : e.kind === 'messaging' ? 'msg ' : 'auto ';
      return `${t} ${kind}${e.trigger} #${e.ticket}${e.changed ? '' : ' no-op'}`;
    }
    case 'SurveySent': return `${t} survey #${e.ticket} by ${e.trigger}`;
    case 'TriggerSwitched': return `${t} switched ${e.trigger} ${e.on ? 'on' : 'off'} at ${e.queueLength}`;
    case 'TicketCreated': return `${t} created #${e.ticket} ${e.channel}`;
    default: return line(r, e);
  }
}

/** Only the trigger firings, as lines. */
export function firings(r: Recording): string[] {
  return r.events.filter((e) => e.type === 'TriggerFired').map((e) => ruleLine(r, e));
}

/** Every event but the run's start and end, as lines. */
export function story(r: Recording, skip: string[] = ['RunStarted', 'RunEnded', 'CapacityChanged']): string[] {
  return r.events.filter((e) => !skip.includes(e.type)).map((e) => ruleLine(r, e));
}

/** The events of the given types, as lines. */
export function only(r: Recording, ...types: string[]): string[] {
  return r.events.filter((e) => types.includes(e.type)).map((e) => ruleLine(r, e));
}

/** What starts an update, for naming it: the first such ticket event since the last run. */
function updateName(e: SimEvent): string | null {
  switch (e.type) {
    case 'TicketCreated': return 'created';
    case 'TicketAssigned': return 'assigned';
    case 'TicketUnassigned': return 'unassigned';
    case 'TicketStatusChanged': return e.to;
    case 'SessionStateChanged': return `session ${e.to}`;
    case 'RoutingChannelChanged': return `channel ${e.to}`;
    case 'TriggerFired': return e.kind === 'automation' && e.changed ? `by ${e.trigger}` : null;
    default: return null;
  }
}

export const MARKER = 'every update';

/**
 * Runs a scenario whose triggers are probes (no-ops) plus a marker with no condition listed
 * first, and returns, per probe title, the updates it matched, named "t #id what" after the
 * event that started the update ("0 #1 created", "0 #1 assigned", "100 #1 solved").
 */
export function probeRun(base: string, probes: object[], rules: Omit<Rules, 'triggers'> = {}, opts: { until?: number } = {}): {
  updates: string[];
  matched: Record<string, string[]>;
  r: Recording;
} {
  const marker = { title: MARKER, position: -1, actions: [{ field: 'notification_user', value: 'x' }] };
  const r = record(withRules(base, { ...rules, triggers: [marker, ...probes] }), opts);
  const pending = new Map<number, string>();
  const current = new Map<number, string>();
  const updates: string[] = [];
  const matched: Record<string, string[]> = {};
  for (const p of probes) matched[(p as { title: string }).title] = [];
  for (const e of r.events) {
    if (e.type === 'TriggerFired' && e.kind === 'ticket') {
      if (e.changed) throw new Error(`probe run: ${e.trigger} changed ticket #${e.ticket}`);
      if (e.trigger === MARKER) {
        const name = `${Number(e.t.toFixed(3))} #${e.ticket} ${pending.get(e.ticket) ?? '?'}`;
        pending.delete(e.ticket);
        current.set(e.ticket, name);
        updates.push(name);
      } else {
        matched[e.trigger]!.push(current.get(e.ticket)!);
      }
      continue;
    }
    if ('ticket' in e && typeof e.ticket === 'number') {
      const what = updateName(e);
      if (what !== null && !pending.has(e.ticket)) pending.set(e.ticket, what);
    }
  }
  return { updates, matched, r };
}

/** The compile errors of a scenario text, as "path: message". */
export function problemsOf(yaml: string): string[] {
  const r = parseScenarioText(yaml, { readFile: readScenarioFile });
  return r.errors.map((e) => `${e.path}: ${e.message}`);
}
