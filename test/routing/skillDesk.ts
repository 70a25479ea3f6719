// Tiny scenarios for the exact-trace routing tests (skills R18, brands R7, subqueues R12, SLA R15): one
// channel with fixed arrival times and a fixed handle time, messaging as plain conversations
// assigned directly (autoAccept), email without the pending cycle. `recordSkills` gives chosen
// tickets chosen skills (and priorities), as the help desk's skill routing rules and triggers
// would at creation; the channel's skill mix only switches skills routing on. `recordBrands`
// likewise gives chosen tickets chosen brands (the channel's brand mix then only declares them).

import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { SimEvent } from '../../sim/model/events.ts';
import { line } from '../support/record.ts';
import type { Recording } from '../support/record.ts';
import { compileText } from '../support/scenarios.ts';
import { fixed } from '../behaviour/tinyChat.ts';
import { PRIORITIES } from '../../sim/model/codes.ts';
import type { PriorityName } from '../../sim/model/codes.ts';

export interface DeskOptions {
  channel?: 'email' | 'messaging' | 'voice';
  horizon?: string;
  seed?: number;
  settings?: Record<string, string | number | boolean>;
  times?: string[];
  handleTime?: string;
  /** More keys of the channel (skills, sla, priority, group, tags). */
  extra?: string[];
  agents?: string[];
  queues?: string[];
}

export function desk(o: DeskOptions = {}): string {
  const channel = o.channel ?? 'email';
  const settings = Object.entries({ ...(channel === 'messaging' ? { autoAccept: true } : {}), ...o.settings }).map(([k, v]) => `  ${k}: ${v}`);
  return [
    'name: routing desk',
    `seed: ${o.seed ?? 1}`,
    `horizon: ${o.horizon ?? '1000s'}`,
    ...(settings.length > 0 ? ['settings:', ...settings] : []),
    'channels:',
    `  ${channel}:`,
    `    arrivals: { times: [${(o.times ?? ['0s']).join(', ')}] }`,
    `    handleTime: ${fixed(o.handleTime ?? '100s')}`,
    ...(channel === 'email' ? ['    pendingProbability: 0'] : []),
    ...(o.extra ?? []).map((l) => `    ${l}`),
    'agents:',
    ...(o.agents ?? [`{ team: a, count: 1, capacity: { ${channel}: 1 } }`]).map((l) => `  - ${l}`),
    ...(o.queues ? ['queues:', ...o.queues.map((q) => `  - ${q}`)] : []),
  ].join('\n') + '\n';
}

/**
 * Skills of ticket #id (required and optional skill names; `optional` ones are of API priority 1,
 * `medium` and `low` ones of 2 and 3, R18), and its priority.
 */
export type TicketSkills = Record<number, { skills?: string[]; optional?: string[]; medium?: string[]; low?: string[]; priority?: PriorityName }>;

/** Runs the scenario, giving the listed tickets their skills as they are created (the others none). */
export function recordSkills(yaml: string, skills: TicketSkills = {}, until = Infinity): Recording {
  const compiled = compileText(yaml);
  const e = new Engine(compiled, 0);
  const names = compiled.skills?.names ?? [];
  const mask = (list: string[] = []) => list.reduce((m, s) => {
    if (!names.includes(s)) throw new Error(`no skill "${s}" in the scenario (${names.join(', ')})`);
    return m | (1 << names.indexOf(s));
  }, 0);
  const events: SimEvent[] = [];
  e.bus.subscribe((ev) => {
    events.push(copyEvent(ev));
    if (ev.type !== 'TicketCreated') return;
    // Every ticket gets the skills listed for it, none otherwise (the mix's draws are replaced).
    const want = skills[ev.ticket] ?? {};
    const t = e.pool.bySlot.find((x) => x.id === ev.ticket)!;
    t.optionalMedium = mask(want.medium);
    t.optionalLow = mask(want.low);
    t.optionalSkills = mask(want.optional) | t.optionalMedium | t.optionalLow;
    t.skills = mask(want.skills) | t.optionalSkills;
    if (want.priority) t.priority = PRIORITIES.indexOf(want.priority);
  });
  e.runUntil(until);
  return { events, engine: e, agent: (i) => (i === null || i < 0 ? 'nobody' : e.agents[i]!.name) };
}

/**
 * Runs the scenario, giving ticket #id the brand brands[id] as it is created (the others keep the
 * brand drawn from their channel's mix); its TicketBranded (recorded) names that brand.
 */
export function recordBrands(yaml: string, brands: Record<number, string>, until = Infinity): Recording {
  const compiled = compileText(yaml);
  const e = new Engine(compiled, 0);
  const b = compiled.skills?.brands;
  if (!b) throw new Error('the scenario has no brands');
  const events: SimEvent[] = [];
  e.bus.subscribe((ev) => {
    const want = ev.type === 'TicketBranded' ? brands[ev.ticket] : undefined;
    if (ev.type !== 'TicketBranded' || want === undefined) {
      events.push(copyEvent(ev));
      return;
    }
    const i = b.names.indexOf(want);
    if (i < 0) throw new Error(`no brand "${want}" in the scenario (${b.names.join(', ')})`);
    const t = e.pool.bySlot.find((x) => x.id === ev.ticket)!;
    t.brand = i;
    t.brandMask = b.bits[i]!;
    events.push({ ...ev, brand: want });
  });
  e.runUntil(until);
  return { events, engine: e, agent: (i) => (i === null || i < 0 ? 'nobody' : e.agents[i]!.name) };
}

/** Lines of the routing story: brands (R7), queued, assigned, skills dropped (with the stage's priority, R18), SLA outcomes. */
export function story(r: Recording): string[] {
  return r.events.flatMap((e) => {
    const t = Number(e.t.toFixed(3));
    switch (e.type) {
      case 'TicketBranded': return [`${t} #${e.ticket} is ${e.brand}`];
      case 'TicketQueued': return [`${t} queued #${e.ticket} ${e.queue}`];
      case 'TicketAssigned': return [`${t} assigned #${e.ticket} to ${r.agent(e.agent)}`];
      case 'OptionalSkillsDropped': return [`${t} dropped #${e.ticket} ${e.dropped.join('+')} (priority ${e.stage})${e.required.length ? ` keeps ${e.required.join('+')}` : ''}`];
      case 'SlaMeasured': return [`${t} sla #${e.ticket} ${e.breached ? 'breached' : 'met'}`];
      case 'TicketAbandoned': return [line(r, e)];
      default: return [];
    }
  });
}

/** Assignment lines only: "t #id agent". */
export function assignments(r: Recording): string[] {
  return r.events.flatMap((e) => (e.type === 'TicketAssigned' ? [`${Number(e.t.toFixed(3))} #${e.ticket} ${r.agent(e.agent)}`] : []));
}
