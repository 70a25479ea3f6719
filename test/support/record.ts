// Exact-trace helper: runs a small scenario (YAML text) and returns every engine event
// (copied), with agent names, for tests that assert what happened and when.

import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { SimEvent, SimEventType } from '../../sim/model/events.ts';
import { compileText } from './scenarios.ts';

export interface Recording {
  events: SimEvent[];
  engine: Engine;
  /** Agent index → name ("chat-1"). */
  agent: (index: number | null) => string;
}

/** Runs the scenario's replication `replication` up to `until` (default the horizon). */
export function record(yaml: string, opts: { replication?: number; until?: number; types?: SimEventType[] } = {}): Recording {
  const e = new Engine(compileText(yaml), opts.replication ?? 0);
  const events: SimEvent[] = [];
  e.bus.subscribe((ev) => {
    if (!opts.types || opts.types.includes(ev.type)) events.push(copyEvent(ev));
  });
  e.runUntil(opts.until ?? Infinity);
  return { events, engine: e, agent: (i) => (i === null || i < 0 ? 'nobody' : e.agents[i]!.name) };
}

/** The events about one ticket, as compact "t type detail" strings. */
export function ticketLines(r: Recording, ticket: number): string[] {
  return r.events.filter((e) => 'ticket' in e && e.ticket === ticket).map((e) => line(r, e));
}

export function line(r: Recording, e: SimEvent): string {
  const t = Number(e.t.toFixed(3));
  switch (e.type) {
    case 'TicketCreated': return `${t} created #${e.ticket} ${e.channel}${e.followUpOf !== null ? ` follow-up of #${e.followUpOf}` : ''}${e.aiAgent ? ' to the AI agent' : ''}`;
    case 'TicketBranded': return `${t} brand #${e.ticket} ${e.brand}`;
    case 'TicketQueued': return `${t} queued #${e.ticket} ${e.queue} ${e.channel}`;
    case 'TicketRemovedFromQueue': return `${t} unqueued #${e.ticket} ${e.reason}`;
    case 'TicketOffered': return `${t} offered #${e.ticket} to ${r.agent(e.agent)}`;
    case 'OfferEnded': return `${t} offer #${e.ticket} ${e.outcome} by ${r.agent(e.agent)}`;
    case 'TicketAssigned': return `${t} assigned #${e.ticket} to ${r.agent(e.agent)} as ${e.channel} (${e.how})`;
    case 'TicketAbandoned': return `${t} abandoned #${e.ticket}`;
    case 'TicketDeflected': return `${t} deflected #${e.ticket}`;
    case 'TicketStatusChanged': return `${t} status #${e.ticket} ${e.from}→${e.to}`;
    case 'SessionStateChanged': return `${t} session #${e.ticket} ${e.from}→${e.to}${e.freedCapacity ? ' freed' : ''}`;
    case 'SessionEnded': return `${t} ended #${e.ticket} by ${e.reason}${e.freedCapacity ? ' freed' : ''}`;
    case 'MessageSent': return `${t} message #${e.ticket} ${e.by}`;
    case 'RoutingChannelChanged': return `${t} channel #${e.ticket} ${e.from}→${e.to}`;
    case 'TicketStranded': return `${t} stranded #${e.ticket} ${e.kind}`;
    case 'CapacityChanged': return `${t} capacity ${r.agent(e.agent)} ${e.channel}=${e.used}`;
    case 'CallEnded': return `${t} call ended #${e.ticket}`;
    case 'TicketUnassigned': return `${t} unassigned #${e.ticket} from ${r.agent(e.agent)}: ${e.reason}`;
    case 'AgentStatusChanged': return `${t} status ${r.agent(e.agent)} ${e.from}→${e.to}`;
    case 'BreakStarted': return `${t} break ${r.agent(e.agent)} ${e.status} until ${Number(e.until.toFixed(3))}`;
    case 'BreakEnded': return `${t} break over ${r.agent(e.agent)}`;
    case 'AgentDisconnected': return `${t} disconnected ${r.agent(e.agent)}`;
    case 'AgentReconnected': return `${t} reconnected ${r.agent(e.agent)} after ${Number(e.after.toFixed(3))}${e.wentOffline ? ' (was offline)' : ''}`;
    case 'ShiftEnded': return `${t} shift ended ${r.agent(e.agent)} (${e.policy})`;
    case 'WorkReassigned': return `${t} reassigned ${e.tickets} from ${r.agent(e.agent)} (${e.cause})`;
    case 'TicketCarriedOver': return `${t} carried over #${e.ticket} ${e.channel} ${e.inProgress ? 'in progress' : 'waiting'} age ${Number(e.age.toFixed(3))}`;
    case 'AiAgentFinished': return `${t} AI agent ${e.outcome} #${e.ticket} after ${Number(e.held.toFixed(3))}`;
    default: return `${t} ${e.type}`;
  }
}
