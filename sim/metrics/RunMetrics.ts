// The per-run fold behind every report: customer outcomes per arrival channel (tickets
// created after warm-up, overall and per report window), capacity use per routing channel,
// queue lengths, what ending sessions did, and time series.
// Definitions (also in the README):
//   waitProbability = tickets that queued (or abandoned) / tickets with an outcome
//   meanWaitSeconds = mean time waiting over answered and abandoned tickets (E[Wq])
//   asaSeconds      = mean wait of answered tickets
//   serviceLevel    = answered within the channel's threshold / tickets with an outcome
//   occupancy       = ∫ used capacity / ∫ capacity of agents whose status allows the channel

import type { Fold } from './Fold.ts';
import type { SimEvent, SimEventType, RosterEntry, TicketAssigned } from '../model/events.ts';
import type { EventTap } from '../model/EventTap.ts';
import type { ChannelName } from '../model/codes.ts';
import type { ReportWindow } from '../scenario/Scenario.ts';
import { CHANNELS } from '../model/codes.ts';
import { TimeIntegral } from './TimeIntegral.ts';
import { CountSeries, StepSeries } from './TimeSeries.ts';
import { CustomerAcc, ratio } from './CustomerAcc.ts';
import type { CustomerFigures } from './CustomerAcc.ts';
import { SessionAcc } from './SessionAcc.ts';
import type { SessionSummary } from './SessionAcc.ts';
import { TriggerAcc } from './TriggerAcc.ts';
import type { TriggerFigures } from './TriggerAcc.ts';
import { SlaAcc } from './SlaAcc.ts';
import type { SlaFigures } from './SlaAcc.ts';
import { CarriedOverAcc } from './CarriedOverAcc.ts';
import type { CarriedOverFigures } from './CarriedOverAcc.ts';

export interface MetricsConfig {
  horizon: number;
  warmup: number;
  /** Service-level threshold per channel code. */
  thresholds: readonly number[];
  /** Series bucket width in seconds. */
  seriesInterval: number;
  /** Windows of ticket creation time reported separately. */
  windows: readonly ReportWindow[];
  /** Read the session events (a scenario with messaging); without, the engine skips them. */
  sessions: boolean;
  /** Titles of the scenario's triggers (ticket and messaging), reported per trigger. */
  triggers: readonly string[];
  /** Channels with first-reply SLA targets (R15), reported under `sla`; none: no section. */
  slaChannels?: readonly ChannelName[];
  /**
   * The scenario's channels with traffic. A queue's report key names its channel unless the
   * scenario has one channel and the queue held that one — decided by the scenario, not by
   * what a replication happened to see, so every replication uses the same keys. Without it
   * (a hand-made config), a key names its channel when the queue held several.
   */
  enabledChannels?: readonly ChannelName[];
}

export interface ChannelSummary extends CustomerFigures {
  occupancy: number;
  throughputPerHour: number;
  meanBusy: number;
  meanCapacity: number;
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
 *  busy units and capacity units. */
export interface ChannelSeries {
  arrivals: Float64Array;
  answered: Float64Array;
  abandoned: Float64Array;
  queueLength: Float64Array;
  busy: Float64Array;
  capacity: Float64Array;
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
}

class ChannelAcc {
  readonly customers = new CustomerAcc();
  readonly windows: CustomerAcc[];
  readonly windowAnswers: number[];
  readonly busy: TimeIntegral;
  readonly capacity: TimeIntegral;
  readonly arrivals: CountSeries;
  readonly answeredSeries: CountSeries;
  readonly abandonedSeries: CountSeries;
  readonly queueSeries: StepSeries;
  readonly busySeries: StepSeries;
  readonly capacitySeries: StepSeries;
  constructor(warmup: number, interval: number, buckets: number, windows: number) {
    this.windows = Array.from({ length: windows }, () => new CustomerAcc());
    this.windowAnswers = new Array<number>(windows).fill(0);
    this.busy = new TimeIntegral(warmup);
    this.capacity = new TimeIntegral(warmup);
    this.arrivals = new CountSeries(interval, buckets);
    this.answeredSeries = new CountSeries(interval, buckets);
    this.abandonedSeries = new CountSeries(interval, buckets);
    this.queueSeries = new StepSeries(interval, buckets);
    this.busySeries = new StepSeries(interval, buckets);
    this.capacitySeries = new StepSeries(interval, buckets);
  }
}

class QueueAcc {
  entered = 0;
  constructor(readonly channel: number, readonly length: TimeIntegral) {}
}

export class MetricsState {
  /** Tickets with id ≥ this were created after warm-up (ids grow with creation time). */
  firstMeasuredId = Infinity;
  endedAt = NaN;
  readonly channels: ChannelAcc[];
  readonly sessions = new SessionAcc();
  readonly triggers: TriggerAcc;
  readonly queues = new Map<string, QueueAcc[]>();
  /** The queue looked up last (most events are about the queue of the event before). */
  lastQueue: QueueAcc | null = null;
  lastQueueName = '';
  readonly sla = new SlaAcc();
  readonly carriedOver = new CarriedOverAcc();
  agentUsed = new Int32Array(0);
  agentMax = new Int32Array(0);
  agentCounts = new Uint8Array(0);
  readonly buckets: number;
  constructor(readonly config: MetricsConfig) {
    this.buckets = Math.max(1, Math.ceil(config.horizon / config.seriesInterval));
    this.triggers = new TriggerAcc(config.triggers, config.warmup);
    this.channels = [0, 1, 2].map(() => new ChannelAcc(config.warmup, config.seriesInterval, this.buckets, config.windows.length));
  }
}

function startRoster(s: MetricsState, t: number, agents: RosterEntry[]): void {
  s.agentUsed = new Int32Array(agents.length * 3);
  s.agentMax = new Int32Array(agents.length * 3);
  s.agentCounts = new Uint8Array(agents.length * 3);
  for (const a of agents) {
    const caps = [a.capacity.messaging, a.capacity.email, a.capacity.voice];
    for (let c = 0; c < 3; c++) {
      s.agentMax[a.agent * 3 + c] = caps[c]!;
      s.agentCounts[a.agent * 3 + c] = countsFor(a.status, c) ? 1 : 0;
    }
  }
  for (let c = 0; c < 3; c++) setCapacity(s, t, c);
}

/** R19: whether an agent in this status offers capacity on the channel. */
function countsFor(status: string, channel: number): boolean {
  return status === 'online' || (status === 'away' && channel === 1);
}

function setCapacity(s: MetricsState, t: number, c: number): void {
  let total = 0;
  for (let i = c; i < s.agentMax.length; i += 3) if (s.agentCounts[i]) total += s.agentMax[i]!;
  const acc = s.channels[c]!;
  acc.capacity.set(t, total);
  acc.capacitySeries.set(t, total);
}

function queueAcc(s: MetricsState, queue: string, channel: number): QueueAcc {
  const last = s.lastQueue;
  if (last !== null && last.channel === channel && s.lastQueueName === queue) return last;
  let byChannel = s.queues.get(queue);
  if (!byChannel) {
    byChannel = [];
    s.queues.set(queue, byChannel);
  }
  let q = byChannel[channel];
  if (!q) {
    q = new QueueAcc(channel, new TimeIntegral(s.config.warmup));
    byChannel[channel] = q;
  }
  s.lastQueue = q;
  s.lastQueueName = queue;
  return q;
}

/** The window of a creation time, or -1. */
function windowOf(s: MetricsState, created: number): number {
  const ws = s.config.windows;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (created < w.from) continue;
    const every = w.every ?? 0;
    const offset = every > 0 ? (created - w.from) % every : created - w.from;
    if (offset < w.to - w.from) return i;
  }
  return -1;
}

/** Channel name → code by pointer comparisons (cheaper than a keyed lookup on a hot path). */
function code(channel: ChannelName): number {
  return channel === 'messaging' ? 0 : channel === 'email' ? 1 : 2;
}

export const METRIC_EVENTS: readonly SimEventType[] = [
  'RunStarted', 'TicketCreated', 'TicketAssigned', 'TicketAbandoned', 'CapacityChanged', 'TicketQueued',
  'TicketRemovedFromQueue', 'AgentStatusChanged', 'RunEnded', 'TicketStranded', 'SlaMeasured', 'TicketCarriedOver',
];

/** Read only when the scenario has triggers. */
export const TRIGGER_EVENTS: readonly SimEventType[] = ['TriggerFired', 'SurveySent', 'TriggerSwitched'];

/** Read only with messaging: status changes are frequent and matter only to stranded tickets. */
export const SESSION_EVENTS: readonly SimEventType[] = [
  'TicketDeflected', 'SessionEnded', 'SessionStateChanged', 'RoutingChannelChanged', 'TicketStatusChanged', 'TicketOffered', 'OfferEnded',
];

// The frequent events, one function each, shared by the event fold and the tap (so both
// give the same figures by construction). Channels are codes.

function capacityChanged(s: MetricsState, t: number, agent: number, c: number, used: number): void {
  const i = agent * 3 + c;
  const delta = used - s.agentUsed[i]!;
  s.agentUsed[i] = used;
  const acc = s.channels[c]!;
  acc.busy.set(t, acc.busy.value + delta);
  acc.busySeries.add(t, delta);
}

function ticketCreated(s: MetricsState, t: number, ticket: number, c: number, followUp: boolean): void {
  const acc = s.channels[c]!;
  acc.arrivals.add(t);
  if (t < s.config.warmup) return;
  if (s.firstMeasuredId === Infinity) s.firstMeasuredId = ticket;
  acc.customers.offered++;
  const w = windowOf(s, t);
  if (w >= 0) acc.windows[w]!.offered++;
  if (followUp) s.sessions.followUps++;
}

function ticketAssigned(
  s: MetricsState, t: number, ticket: number, c: number, via: number, how: TicketAssigned['how'], waited: number, first: boolean, queued: boolean,
): void {
  if (s.carriedOver.any && ticket < s.firstMeasuredId) s.carriedOver.assigned(ticket, t, how, waited, first);
  // Auto-assignment and stranded tickets exist only with messaging (config.sessions).
  if (s.config.sessions && ticket >= s.firstMeasuredId) s.sessions.assigned(ticket, t, how, c);
  if (!first) return;
  const acc = s.channels[via]!;
  acc.answeredSeries.add(t);
  const wa = windowOf(s, t);
  if (wa >= 0) acc.windowAnswers[wa]!++;
  if (ticket < s.firstMeasuredId) return;
  const threshold = s.config.thresholds[via]!;
  acc.customers.answer(waited, queued, threshold);
  const w = windowOf(s, t - waited);
  if (w >= 0) acc.windows[w]!.answer(waited, queued, threshold);
}

function ticketAbandoned(s: MetricsState, t: number, ticket: number, c: number, waited: number): void {
  if (s.carriedOver.any && ticket < s.firstMeasuredId) s.carriedOver.gaveUp(ticket);
  const acc = s.channels[c]!;
  acc.abandonedSeries.add(t);
  if (ticket < s.firstMeasuredId) return;
  acc.customers.abandon(waited);
  const w = windowOf(s, t - waited);
  if (w >= 0) acc.windows[w]!.abandon(waited);
}

function ticketQueued(s: MetricsState, t: number, ticket: number, queue: string, c: number): void {
  const q = queueAcc(s, queue, c);
  if (t >= s.config.warmup) q.entered++;
  q.length.set(t, q.length.value + 1);
  s.channels[c]!.queueSeries.add(t, 1);
  if (s.config.sessions && ticket >= s.firstMeasuredId) s.sessions.touch(ticket, t);
}

function ticketRemovedFromQueue(s: MetricsState, t: number, queue: string, c: number): void {
  const q = queueAcc(s, queue, c);
  q.length.set(t, q.length.value - 1);
  s.channels[c]!.queueSeries.add(t, -1);
}

/** The frequent events of a run straight into the state, without event objects. */
class MetricsTap implements EventTap {
  constructor(private readonly s: MetricsState) {}
  ticketCreated(t: number, ticket: number, channel: number, followUpOf: number | null): void {
    ticketCreated(this.s, t, ticket, channel, followUpOf !== null);
  }
  ticketQueued(t: number, ticket: number, queue: string, channel: number): void {
    ticketQueued(this.s, t, ticket, queue, channel);
  }
  ticketRemovedFromQueue(t: number, _ticket: number, queue: string, channel: number): void {
    ticketRemovedFromQueue(this.s, t, queue, channel);
  }
  ticketAssigned(
    t: number, ticket: number, _agent: number, channel: number, via: number, how: TicketAssigned['how'], waited: number, first: boolean, queued: boolean,
  ): void {
    ticketAssigned(this.s, t, ticket, channel, via, how, waited, first, queued);
  }
  ticketAbandoned(t: number, ticket: number, channel: number, waited: number): void {
    ticketAbandoned(this.s, t, ticket, channel, waited);
  }
  capacityChanged(t: number, agent: number, channel: number, used: number): void {
    capacityChanged(this.s, t, agent, channel, used);
  }
}

export function reduceMetrics(s: MetricsState, e: SimEvent): MetricsState {
  switch (e.type) {
    case 'CapacityChanged':
      capacityChanged(s, e.t, e.agent, code(e.channel), e.used);
      break;
    case 'TicketCreated':
      ticketCreated(s, e.t, e.ticket, code(e.channel), e.followUpOf !== null);
      break;
    case 'TicketAssigned':
      ticketAssigned(s, e.t, e.ticket, code(e.channel), code(e.via), e.how, e.waited, e.first, e.queued);
      break;
    case 'TicketAbandoned':
      ticketAbandoned(s, e.t, e.ticket, code(e.channel), e.waited);
      break;
    case 'TicketQueued':
      ticketQueued(s, e.t, e.ticket, e.queue, code(e.channel));
      break;
    case 'TicketRemovedFromQueue':
      ticketRemovedFromQueue(s, e.t, e.queue, code(e.channel));
      break;
    case 'TicketDeflected': {
      if (s.carriedOver.any && e.ticket < s.firstMeasuredId) s.carriedOver.gaveUp(e.ticket);
      if (e.ticket < s.firstMeasuredId) break;
      const acc = s.channels[code(e.channel)]!;
      acc.customers.deflect(e.waited, e.waited > 0);
      const w = windowOf(s, e.t - e.waited);
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
      for (let c = 0; c < 3; c++) s.agentCounts[e.agent * 3 + c] = countsFor(e.to, c) ? 1 : 0;
      for (let c = 0; c < 3; c++) setCapacity(s, e.t, c);
      break;
    }
    case 'TicketCarriedOver':
      s.carriedOver.reduce(e);
      break;
    case 'RunStarted':
      startRoster(s, e.t, e.agents);
      break;
    case 'RunEnded':
      s.endedAt = e.t;
      break;
    case 'SlaMeasured':
      if (e.ticket >= s.firstMeasuredId) s.sla.reduce(e);
      break;
  }
  return s;
}

/** The summary so far; the state is not changed, so it can be read in the middle of a run. */
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
    const customers = acc.customers.figures();
    channels[name] = {
      ...customers,
      occupancy: ratio(meanBusy, meanCapacity),
      throughputPerHour: ratio(customers.answered, hours),
      meanBusy,
      meanCapacity,
    };
    s.config.windows.forEach((w, i) => {
      const every = w.every ?? 0;
      const repeats = every > 0 ? Math.max(1, Math.ceil((end - w.from) / every)) : 1;
      const wHours = (repeats * Math.max(0, Math.min(end, w.to) - w.from)) / 3600;
      windows[w.name]![name] = { ...acc.windows[i]!.figures(), throughputPerHour: ratio(acc.windowAnswers[i]!, wHours) };
    });
    series.waitBins[name] = Float64Array.from(acc.customers.waitBins);
    series.channels[name] = {
      arrivals: Float64Array.from(acc.arrivals.values),
      answered: Float64Array.from(acc.answeredSeries.values),
      abandoned: Float64Array.from(acc.abandonedSeries.values),
      queueLength: acc.queueSeries.means(end),
      busy: acc.busySeries.means(end),
      capacity: acc.capacitySeries.means(end),
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
  return { channels, windows, sessions: s.sessions.summary(end), triggers: s.triggers.summary(end), queues, series, ...sla, ...carriedOver };
}

export function runMetrics(config: MetricsConfig): Fold<MetricsState, RunSummary> {
  return {
    tap: (s) => new MetricsTap(s),
    events: config.sessions || config.triggers.length > 0
      ? [...METRIC_EVENTS, ...(config.sessions ? SESSION_EVENTS : []), ...(config.triggers.length > 0 ? TRIGGER_EVENTS : [])]
      : METRIC_EVENTS,
    initial: () => new MetricsState(config),
    reduce: reduceMetrics,
    summarize: summarizeMetrics,
  };
}
