// The per-run fold behind every report: customer outcomes per arrival channel (tickets
// created after warm-up, overall and per report window), capacity use per routing channel,
// queue lengths, what ending sessions did, and time series.
// Definitions (also in the README):
//   waitProbability = (tickets that queued (or abandoned) + tickets still waiting at the end that
//                     queued: certain waits) / (tickets with an outcome + those same still waiting)
//   meanWaitSeconds = mean time waiting over answered and abandoned tickets (E[Wq])
//   asaSeconds      = mean wait of answered tickets
//   serviceLevel    = answered within the channel's threshold / (tickets with an outcome + tickets
//                     still waiting at the end already past the threshold: certain misses; those
//                     under it are left out, their outcome unknown)
//   occupancy       = ∫ capacity used by agents whose status allows the channel / ∫ their capacity
//                     (work others hold — off shift, on a break, no capacity on it — is heldOffCapacity)

import type { Fold } from './Fold.ts';
import type { RunEnded, SimEvent, SimEventType, RosterEntry } from '../model/events.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { ratio } from './CustomerAcc.ts';
import type { CustomerFigures } from './CustomerAcc.ts';
import type { SessionSummary } from './SessionAcc.ts';
import type { TriggerFigures } from './TriggerAcc.ts';
import type { SlaFigures } from './SlaAcc.ts';
import type { CarriedOverFigures } from './CarriedOverAcc.ts';
import type { AiAgentFigures } from './AiAgentAcc.ts';
import type { BrandFigures, BrandWindowFigures } from './BrandAcc.ts';
import { windowHours } from './windowHours.ts';
import { MetricsState, windowOf } from './MetricsState.ts';
import type { MetricsConfig } from './MetricsState.ts';
import {
  BrandedMetricsTap, MetricsTap, brandAbandoned, brandAnswered, brandCreated, capacityChanged, heldOffChanged, offered, ticketCreated, ticketAssigned, ticketAbandoned,
  ticketQueued, ticketRemovedFromQueue,
} from './frequentEvents.ts';

export { MetricsState };
export type { MetricsConfig };

export interface ChannelSummary extends CustomerFigures {
  occupancy: number;
  throughputPerHour: number;
  /** All work held, in units of capacity (time average). */
  meanBusy: number;
  meanCapacity: number;
  /** The part of meanBusy held by agents the capacity does not count: off shift or on a break
   *  finishing what they hold, or with no capacity on the channel (a chat agent keeping a session
   *  routed as email, R43). Left out of occupancy. */
  heldOffCapacity: number;
}

export interface WindowFigures extends CustomerFigures {
  throughputPerHour: number;
}

export interface QueueSummary {
  channel: ChannelName;
  entered: number;
  meanLength: number;
  maxLength: number;
}

/** Per bucket: counts of arrivals, first answers and abandonments; time-average queue length,
 *  busy units, capacity units and the busy units held off capacity. */
export interface ChannelSeries {
  arrivals: Float64Array;
  answered: Float64Array;
  abandoned: Float64Array;
  queueLength: Float64Array;
  busy: Float64Array;
  capacity: Float64Array;
  /** The part of busy held off capacity (ChannelSummary.heldOffCapacity). */
  heldOff: Float64Array;
}

export interface SeriesSummary {
  intervalSeconds: number;
  /** Answered tickets per wait bin and channel (bins end at WAIT_BIN_EDGES, plus one open bin). */
  waitBins: Record<ChannelName, Float64Array>;
  channels: Record<ChannelName, ChannelSeries>;
  /** Open email-routed work per bucket: waiting in queue plus assigned and open (R26). */
  emailBacklog: Float64Array;
}

export interface RunSummary {
  channels: Record<ChannelName, ChannelSummary>;
  windows: Record<string, Record<ChannelName, WindowFigures>>;
  sessions: SessionSummary;
  triggers: Record<string, TriggerFigures>;
  queues: Record<string, QueueSummary>;
  series: SeriesSummary;
  /** R15: first-reply SLA outcomes per arrival channel, when the scenario has targets. */
  sla?: Partial<Record<ChannelName, SlaFigures>>;
  /** Work carried over from before the run (initialState), left out of `channels`; absent without. */
  carriedOver?: Partial<Record<ChannelName, CarriedOverFigures>>;
  /** R6: what each channel's AI agent did, when the scenario has one. */
  aiAgent?: Partial<Record<ChannelName, AiAgentFigures>>;
  /** R7: customer figures per brand and arrival channel, when the scenario has brands. */
  brands?: Record<string, Partial<Record<ChannelName, BrandFigures>>>;
  /** R7: the same per report window (window → brand → channel), when the scenario has brands and windows. */
  brandWindows?: BrandWindowFigures;
}

function startRoster(s: MetricsState, t: number, agents: RosterEntry[]): void {
  s.agentUsed = new Int32Array(agents.length * 3);
  s.agentMax = new Int32Array(agents.length * 3);
  s.agentCounts = new Uint8Array(agents.length * 3);
  s.agentOff = new Uint8Array(agents.length * 3);
  for (const a of agents) {
    const caps = [a.capacity.messaging, a.capacity.email, a.capacity.voice];
    for (let c = 0; c < 3; c++) {
      const i = a.agent * 3 + c;
      s.agentMax[i] = caps[c]!;
      s.agentCounts[i] = countsFor(a.status, c) ? 1 : 0;
      s.agentOff[i] = s.agentCounts[i] === 1 && caps[c]! > 0 ? 0 : 1;
    }
  }
  for (let c = 0; c < 3; c++) {
    let total = 0;
    for (let i = c; i < s.agentMax.length; i += 3) if (s.agentCounts[i]) total += s.agentMax[i]!;
    s.capacityTotal[c] = total;
    setCapacity(s, t, c);
  }
}

/** R19: whether an agent in this status offers capacity on the channel. */
export function countsFor(status: string, channel: number): boolean {
  return status === 'online' || (status === 'away' && channel === 1);
}

/** Records the channel's capacity at t (every channel at every status change, as the figures were first measured). */
function setCapacity(s: MetricsState, t: number, c: number): void {
  const total = s.capacityTotal[c]!;
  const acc = s.channels[c]!;
  acc.capacity.set(t, total);
  acc.capacitySeries.set(t, total);
}

/** Channel name → code by pointer comparisons (cheaper than a keyed lookup on a hot path). */
function code(channel: ChannelName): number {
  return channel === 'messaging' ? 0 : channel === 'email' ? 1 : 2;
}

export const METRIC_EVENTS: readonly SimEventType[] = [
  'RunStarted', 'TicketCreated', 'TicketAssigned', 'TicketAbandoned', 'CapacityChanged', 'TicketQueued',
  'TicketRemovedFromQueue', 'AgentStatusChanged', 'RunEnded', 'TicketStranded', 'SlaMeasured', 'TicketCarriedOver',
  'AiAgentFinished',
];

/** Read only when the scenario has triggers. */
export const TRIGGER_EVENTS: readonly SimEventType[] = ['TriggerFired', 'SurveySent', 'TriggerSwitched'];

/** Read only in a scenario with brands (R7). */
export const BRAND_EVENTS: readonly SimEventType[] = ['TicketBranded'];

/** Read only with messaging: status changes are frequent and matter only to stranded tickets. */
export const SESSION_EVENTS: readonly SimEventType[] = [
  'TicketDeflected', 'SessionEnded', 'SessionStateChanged', 'RoutingChannelChanged', 'TicketStatusChanged', 'TicketOffered', 'OfferEnded',
];

export function reduceMetrics(s: MetricsState, e: SimEvent): MetricsState {
  switch (e.type) {
    case 'CapacityChanged':
      capacityChanged(s, e.t, e.agent, code(e.channel), e.used);
      break;
    case 'TicketCreated':
      ticketCreated(s, e.t, e.ticket, code(e.channel), e.followUpOf !== null, e.aiAgent);
      brandCreated(s, e.t, e.ticket, code(e.channel), e.aiAgent);
      break;
    case 'TicketAssigned':
      ticketAssigned(s, e.t, e.ticket, code(e.channel), code(e.via), e.how, e.waited, e.first, e.queued);
      brandAnswered(s, e.t, e.ticket, code(e.via), e.waited, e.first, e.queued);
      break;
    case 'TicketAbandoned':
      ticketAbandoned(s, e.t, e.ticket, code(e.channel), e.waited);
      brandAbandoned(s, e.t, e.ticket, code(e.channel), e.waited);
      break;
    case 'TicketQueued':
      ticketQueued(s, e.t, e.ticket, e.queue, code(e.channel));
      break;
    case 'TicketRemovedFromQueue':
      ticketRemovedFromQueue(s, e.t, e.queue, code(e.channel));
      break;
    case 'TicketDeflected': {
      if (s.carriedOver.any && e.ticket < s.firstMeasuredId) s.carriedOver.gaveUp(e.ticket);
      const w = windowOf(s, e.t - e.waited);
      s.brands?.deflected(e.ticket, code(e.channel), e.waited, e.ticket >= s.firstMeasuredId, w);
      if (e.ticket < s.firstMeasuredId) break;
      const acc = s.channels[code(e.channel)]!;
      acc.customers.deflect(e.waited, e.waited > 0);
      if (w >= 0) acc.windows[w]!.deflect(e.waited, e.waited > 0);
      break;
    }
    case 'SessionEnded':
    case 'SessionStateChanged':
    case 'RoutingChannelChanged':
    case 'TicketStranded':
    case 'TicketStatusChanged':
    case 'TicketOffered':
    case 'OfferEnded':
      if (e.ticket >= s.firstMeasuredId) s.sessions.reduce(e);
      break;
    case 'TriggerFired':
    case 'SurveySent':
      if (e.ticket >= s.firstMeasuredId) s.triggers.reduce(e);
      break;
    case 'TriggerSwitched':
      s.triggers.reduce(e);
      break;
    case 'AgentStatusChanged': {
      // The agent's share changes the totals (a recount of every agent made a shift start of n agents cost n²).
      for (let c = 0; c < 3; c++) {
        const i = e.agent * 3 + c;
        const counts = countsFor(e.to, c) ? 1 : 0;
        const was = s.agentCounts[i]!;
        if (counts === was) continue;
        s.capacityTotal[c]! += (counts - was) * s.agentMax[i]!;
        s.agentCounts[i] = counts;
        if (s.agentMax[i]! === 0) continue; // no capacity on the channel: held off either way
        s.agentOff[i] = 1 - counts;
        // What the agent holds moves into or out of the capacity's work.
        if (s.agentUsed[i]! > 0) heldOffChanged(s.channels[c]!, e.t, counts === 1 ? -s.agentUsed[i]! : s.agentUsed[i]!);
      }
      for (let c = 0; c < 3; c++) setCapacity(s, e.t, c);
      break;
    }
    case 'TicketCarriedOver':
      s.carriedOver.reduce(e);
      break;
    case 'AiAgentFinished': {
      // A warm-up ticket's brand is forgotten too when the AI agent resolves it.
      if (e.outcome === 'resolved') s.brands?.resolvedByAi(e.ticket);
      if (e.ticket < s.firstMeasuredId) break;
      const c = code(e.channel);
      s.channels[c]!.ai.finished(e);
      if (e.outcome === 'escalated') {
        offered(s, c, e.t);
        s.brands?.escalated(e.ticket, c, windowOf(s, e.t));
      }
      break;
    }
    case 'TicketBranded':
      s.brands?.branded(e.ticket, e.brand);
      break;
    case 'RunStarted':
      startRoster(s, e.t, e.agents);
      break;
    case 'RunEnded':
      s.endedAt = e.t;
      waitingAtEnd(s, e);
      break;
    case 'SlaMeasured':
      if (e.ticket >= s.firstMeasuredId) s.sla.reduce(e);
      break;
  }
  return s;
}

/** The customers still waiting at the end: those created after warm-up, in the windows of the
 *  time they reached routing, as answers are; the service level counts those past the threshold,
 *  P(wait) those who waited in a queue (CustomerAcc). */
function waitingAtEnd(s: MetricsState, e: RunEnded): void {
  for (const w of e.waiting) {
    const measured = w.ticket >= s.firstMeasuredId;
    const c = code(w.channel);
    const threshold = s.config.thresholds[c]!;
    const win = windowOf(s, e.t - w.waited);
    s.brands?.waitingAtEnd(w.ticket, c, w.waited, w.queued, threshold, measured, win);
    if (!measured) continue;
    const acc = s.channels[c]!;
    acc.customers.waitingAtEnd(w.waited, threshold, w.queued);
    if (win >= 0) acc.windows[win]!.waitingAtEnd(w.waited, threshold, w.queued);
  }
}

/** The summary so far; the state is not changed, so it can be read in the middle of a run (then,
 *  before RunEnded, the service level counts only the customers with an outcome so far). */
export function summarizeMetrics(s: MetricsState): RunSummary {
  const end = Number.isNaN(s.endedAt) ? s.config.horizon : s.endedAt;
  const hours = Math.max(0, end - s.config.warmup) / 3600;
  const channels = {} as Record<ChannelName, ChannelSummary>;
  const windows: Record<string, Record<ChannelName, WindowFigures>> = {};
  s.config.windows.forEach((w) => (windows[w.name] = {} as Record<ChannelName, WindowFigures>));
  const series = { intervalSeconds: s.config.seriesInterval, channels: {}, waitBins: {} } as SeriesSummary;
  s.channels.forEach((acc, c) => {
    const name = CHANNELS[c]!;
    const meanBusy = acc.busy.mean(end);
    const meanCapacity = acc.capacity.mean(end);
    const heldOffCapacity = acc.heldOff.mean(end);
    const customers = acc.customers.figures();
    channels[name] = {
      ...customers,
      occupancy: ratio(meanBusy - heldOffCapacity, meanCapacity),
      throughputPerHour: ratio(customers.answered, hours),
      meanBusy,
      meanCapacity,
      heldOffCapacity,
    };
    s.config.windows.forEach((w, i) => {
      windows[w.name]![name] = { ...acc.windows[i]!.figures(), throughputPerHour: ratio(acc.windowAnswers[i]!, windowHours(w, end)) };
    });
    series.waitBins[name] = Float64Array.from(acc.customers.waitBins);
    series.channels[name] = {
      arrivals: Float64Array.from(acc.arrivals.values),
      answered: Float64Array.from(acc.answeredSeries.values),
      abandoned: Float64Array.from(acc.abandonedSeries.values),
      queueLength: acc.queueSeries.means(end),
      busy: acc.busySeries.means(end),
      capacity: acc.capacitySeries.means(end),
      heldOff: acc.heldOffSeries.means(end),
    };
  });
  const email = series.channels.email;
  series.emailBacklog = email.queueLength.map((q, i) => q + email.busy[i]!);
  const queues: Record<string, QueueSummary> = {};
  for (const [name, byChannel] of [...s.queues.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    byChannel.forEach((q, c) => {
      if (!q) return;
      const enabled = s.config.enabledChannels;
      const named = enabled ? !(enabled.length === 1 && enabled[0] === CHANNELS[c]) : byChannel.filter(Boolean).length > 1;
      const key = named ? `${name} (${CHANNELS[c]})` : name;
      queues[key] = { channel: CHANNELS[c]!, entered: q.entered, meanLength: q.length.mean(end), maxLength: q.length.maxUntil(end) };
    });
  }
  const sla = s.config.slaChannels?.length ? { sla: s.sla.summary(s.config.slaChannels) } : {};
  const carriedOver = s.carriedOver.any ? { carriedOver: s.carriedOver.summary() } : {};
  const ai = s.config.aiChannels?.length
    ? { aiAgent: Object.fromEntries(s.config.aiChannels.map((c) => [c, s.channels[code(c)]!.ai.figures()])) as Partial<Record<ChannelName, AiAgentFigures>> }
    : {};
  const brands = s.brands !== null
    ? { brands: s.brands.summary(hours), ...(s.config.windows.length > 0 ? { brandWindows: s.brands.windowSummary(end) } : {}) }
    : {};
  return { channels, windows, sessions: s.sessions.summary(end), triggers: s.triggers.summary(end), queues, series, ...sla, ...carriedOver, ...ai, ...brands };
}

export function runMetrics(config: MetricsConfig): Fold<MetricsState, RunSummary> {
  return {
    tap: (s, clock) => (s.brands !== null ? new BrandedMetricsTap(s, clock) : new MetricsTap(s, clock)),
    events: config.sessions || config.triggers.length > 0 || config.brands?.length
      ? [
        ...METRIC_EVENTS, ...(config.sessions ? SESSION_EVENTS : []), ...(config.triggers.length > 0 ? TRIGGER_EVENTS : []),
        ...(config.brands?.length ? BRAND_EVENTS : []),
      ]
      : METRIC_EVENTS,
    initial: () => new MetricsState(config),
    reduce: reduceMetrics,
    summarize: summarizeMetrics,
  };
}
