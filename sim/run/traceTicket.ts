// One ticket's history as a person reads it: every engine event about the ticket, in order,
// with the clock time and the agents' names. Also finds a ticket with a given fate so a user
// does not have to guess an id ("show me a stranded one").

import type { CompiledScenario } from '../engine/compileScenario.ts';
import { Engine } from '../engine/Engine.ts';
import type { SimEvent, RosterEntry, SimEventType } from '../model/events.ts';
import { copyEvent } from '../model/events.ts';
import { formatClock, formatDuration } from '../scenario/units.ts';
import { STAGE_NAMES } from '../routing/skills/skillStages.ts';
import { runWithProgress } from './runWithProgress.ts';

export const FATES = ['stranded', 'reclassified', 'follow-up', 'abandoned', 'offer-expired', 'auto-assigned', 'reactivated',
  'session-ended', 'not-routed', 'reassigned', 'picked', 'carried-over'] as const;
export type Fate = (typeof FATES)[number];

type TicketEvent = Extract<SimEvent, { ticket: number }>;

/** Does this event give its ticket the fate? */
function hasFate(e: SimEvent, fate: Fate): number | null {
  switch (fate) {
    case 'stranded': return e.type === 'TicketStranded' && e.kind === 'session-ended' ? e.ticket : null;
    case 'not-routed': return e.type === 'TicketStranded' && e.kind === 'no-queue' ? e.ticket : null;
    case 'reclassified': return e.type === 'RoutingChannelChanged' && e.to === 'email' ? e.ticket : null;
    case 'follow-up': return e.type === 'TicketCreated' && e.followUpOf !== null ? e.followUpOf : null;
    case 'abandoned': return e.type === 'TicketAbandoned' ? e.ticket : null;
    case 'offer-expired': return e.type === 'OfferEnded' && e.outcome === 'expired' ? e.ticket : null;
    case 'auto-assigned': return e.type === 'TicketAssigned' && e.how === 'auto' ? e.ticket : null;
    case 'reactivated': return e.type === 'SessionStateChanged' && e.from === 'inactive' && e.to === 'active' ? e.ticket : null;
    case 'session-ended': return e.type === 'SessionEnded' ? e.ticket : null;
    case 'reassigned': return e.type === 'TicketUnassigned' ? e.ticket : null; // R39, R40, end of shift
    case 'picked': return e.type === 'TicketAssigned' && e.how === 'picked' ? e.ticket : null; // pull inboxes
    case 'carried-over': return e.type === 'TicketCarriedOver' ? e.ticket : null; // initialState
  }
}

/** The id of the first ticket (created after `after`) that meets the fate, or null. `onProgress`
 *  is told the simulated fraction of the horizon, about a hundred times. */
export function findTicket(compiled: CompiledScenario, replication: number, fate: Fate, after = 0, onProgress?: (fraction: number) => void): number | null {
  const e = new Engine(compiled, replication);
  let found: number | null = null;
  let firstAfter = Infinity;
  e.bus.subscribe((ev) => {
    if (found !== null) return;
    if (ev.type === 'TicketCreated' && ev.t >= after && firstAfter === Infinity) firstAfter = ev.ticket;
    const id = hasFate(ev, fate);
    // Carried-over tickets precede every created one (they were open before the run).
    if (id !== null && (id >= firstAfter || fate === 'carried-over')) found = id;
  });
  const h = compiled.scenario.horizon;
  for (let i = 1; i <= 100 && found === null; i++) {
    e.runUntil((h * i) / 100);
    onProgress?.(i / 100);
  }
  return found;
}

export interface TraceResult {
  ticket: number;
  events: SimEvent[];
  roster: RosterEntry[];
  followUps: number[];
  /** R7: the ticket's brand (TicketBranded), shown with its creation; null without brands. */
  brand: string | null;
}

/** Every event about the ticket (and the creation of its follow-up tickets), over the whole run;
 *  `onProgress` is told the simulated fraction of the horizon, about a hundred times. */
export function traceTicket(compiled: CompiledScenario, replication: number, ticket: number, onProgress?: (fraction: number) => void): TraceResult {
  const e = new Engine(compiled, replication);
  const events: SimEvent[] = [];
  let roster: RosterEntry[] = [];
  const followUps: number[] = [];
  let brand: string | null = null;
  e.bus.subscribe((ev) => {
    if (ev.type === 'RunStarted') roster = ev.agents;
    else if (ev.type === 'TicketBranded') {
      if (ev.ticket === ticket) brand = ev.brand;
    } else if ('ticket' in ev && ev.ticket === ticket) {
      // "Session ended" says it all; its state change would repeat it.
      if (!(ev.type === 'SessionStateChanged' && ev.to === 'ended')) events.push(copyEvent(ev));
    }
    else if (ev.type === 'TicketCreated' && ev.followUpOf === ticket) {
      followUps.push(ev.ticket);
      events.push(copyEvent(ev));
    }
  });
  runWithProgress(e, onProgress);
  return { ticket, events, roster, followUps, brand };
}

/** Renders a trace as aligned lines: "d0 10:05:12  assigned  to chat-3 after waiting 57s". */
export function formatTrace(r: TraceResult): string {
  const name = (a: number | null) => (a === null || a < 0 ? 'nobody' : r.roster[a]?.name ?? `agent ${a}`);
  const rows = r.events.map((ev) => [clock(ev.t), ...describe(ev as TicketEvent, r.ticket, name, r.brand)] as const);
  if (rows.length === 0) return `ticket ${r.ticket}: no such ticket in this run\n`;
  const w = Math.max(...rows.map((x) => x[1].length));
  return rows.map(([t, what, detail]) => `${t}  ${what.padEnd(w)}  ${detail}`.trimEnd()).join('\n') + '\n';
}

function clock(t: number): string {
  const base = formatClock(t);
  const frac = (t % 1).toFixed(1).slice(1);
  return `${base}${frac}`;
}

const LABELS: Partial<Record<SimEventType, string>> = {
  TicketCreated: 'created', TicketQueued: 'queued', TicketRemovedFromQueue: 'left queue', TicketOffered: 'offered',
  OfferEnded: 'offer', TicketAssigned: 'assigned', TicketAbandoned: 'abandoned', TicketStatusChanged: 'status',
  CallEnded: 'call ended', SessionStateChanged: 'session', SessionEnded: 'session ended', MessageSent: 'message',
  RoutingChannelChanged: 'routing channel', TicketStranded: 'unroutable', TicketUnassigned: 'unassigned', TicketCarriedOver: 'carried over',
  TriggerFired: 'trigger', SurveySent: 'survey', TicketDeflected: 'deflected',
};

function describe(ev: TicketEvent, self: number, name: (a: number | null) => string, brand: string | null): [string, string] {
  const ofBrand = brand === null ? '' : `, brand ${brand}`;
  const label = LABELS[ev.type] ?? ev.type;
  switch (ev.type) {
    case 'TicketCreated':
      if (ev.ticket !== self) return ['follow-up', `the customer wrote again: new ticket ${ev.ticket} (R48)`];
      return [label, `${ev.channel}, ${ev.priority} priority, group ${ev.group ?? '(none)'}${ofBrand}${ev.followUpOf !== null ? `, follow-up of ticket ${ev.followUpOf}` : ''}` +
        (ev.aiAgent ? '; the AI agent answers first, routing waits for it (R6)' : '')];
    case 'TicketQueued': return [label, `${ev.queue} (${ev.channel}), ordered by eligibility time ${clock(ev.eligibleAt)}`];
    case 'TicketRemovedFromQueue': return [label, `${ev.queue}: ${ev.reason}`];
    case 'TicketOffered': return [label, `to ${name(ev.agent)}`];
    case 'OfferEnded': return [label, `${ev.outcome} (${name(ev.agent)})`];
    case 'TicketAssigned': {
      const how = ev.how === 'auto' ? 'auto-assigned' : ev.how === 'reopened' ? 'reopened for' : ev.how === 'picked' ? 'picked' : 'assigned';
      if (ev.how === 'initial') return [how, `to ${name(ev.agent)} as ${ev.channel} (in progress at the start)`];
      if (ev.how === 'picked') return [how, `by ${name(ev.agent)} from the Unassigned view, as ${ev.channel}${ev.first ? ` after waiting ${formatDuration(ev.waited)}` : ''}`];
      const wait = ev.first ? ` after waiting ${formatDuration(ev.waited)}` : '';
      return [how, `to ${name(ev.agent)} as ${ev.channel}${wait}`];
    }
    case 'TicketAbandoned': return [label, `customer gave up after ${formatDuration(ev.waited)}`];
    case 'TicketCarriedOver': return [label, `${ev.channel}, ${ev.priority} priority, group ${ev.group ?? '(none)'}${ofBrand}, open for ${formatDuration(ev.age)} when the run started, ${ev.inProgress ? 'in progress' : 'waiting'}`];
    case 'TicketStatusChanged': return [label, `${ev.from} → ${ev.to}`];
    case 'CallEnded': return [label, ev.wrapUp > 0 ? `wrap-up ${formatDuration(ev.wrapUp)}` : ''];
    case 'SessionStateChanged': return [label, `${ev.from} → ${ev.to} (${ev.reason})${ev.freedCapacity ? ', messaging capacity released' : ''}`];
    case 'SessionEnded': return [label, `by ${ev.reason === 'agent' ? `agent ${name(ev.agent)}` : ev.reason.replace('_', ' ')}${ev.freedCapacity ? ' — messaging capacity released (R30)' : ''}`];
    case 'MessageSent': return [label, ev.by === 'agent' ? `from ${name(ev.agent)}` : 'from the end user'];
    case 'RoutingChannelChanged': return [label, `${ev.from} → ${ev.to}: ${ev.cause}`];
    case 'TicketStranded': return [label, ev.reason];
    case 'TicketUnassigned': return [label, `from ${name(ev.agent)}: ${ev.reason}`];
    case 'OptionalSkillsDropped': return ['skills', `timeout: optional ${ev.dropped.join(', ')} dropped (stage #${ev.stage}, ${STAGE_NAMES[ev.stage]} priority)${ev.required.length ? `, still needs ${ev.required.join(', ')}` : ''} (R18)`];
    case 'AiAgentFinished': {
      const after = `after ${formatDuration(ev.held)}`;
      if (ev.outcome === 'resolved') return ['AI agent', `resolved it ${after}, no human needed (R6)`];
      if (ev.outcome === 'escalated') return ['AI agent', `escalated it to a human ${after}: eligible for routing, the customer's wait starts (R6)`];
      return ['AI agent', `let it go ${after}: it was solved or assigned, or its session ended, meanwhile (R6)`];
    }
    case 'SlaMeasured': return ['SLA', `first reply ${ev.breached ? 'after' : 'within'} the target (R15)`];
    case 'TriggerFired': return [label, `"${ev.trigger}"${ev.kind === 'ticket' ? '' : ` (${ev.kind === 'messaging' ? 'messaging trigger' : 'automation'})`} fired` +
      (ev.changed ? '' : ', changing nothing (R51)')];
    case 'SurveySent': return [label, `CSAT survey sent by "${ev.trigger}" (R49)`];
    case 'TicketDeflected': return [label, `the session ended after ${formatDuration(ev.waited)} waiting, before an answer; nothing re-routed the ticket`];
    default: return [label, ''];
  }
}
