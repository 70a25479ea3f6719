// The per-run fold behind every report: customer outcomes per arrival channel (from tickets
// created after warm-up), capacity use per routing channel, queue lengths, and time series.
// Definitions (also in the README glossary):
//   waitProbability = tickets that waited (or abandoned) / tickets with an outcome
//   meanWaitSeconds = mean time in queue over answered and abandoned tickets (E[Wq])
//   asaSeconds      = mean wait of answered tickets
//   serviceLevel    = answered within the channel's threshold / tickets with an outcome
//   occupancy       = ∫ used capacity / ∫ capacity of agents whose status allows the channel

import type { Fold } from './Fold.ts';
import type { SimEvent, SimEventType, RosterEntry } from '../model/events.ts';
import type { ChannelName } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import { WaitHistogram } from './WaitHistogram.ts';
import { TimeIntegral } from './TimeIntegral.ts';
import { CountSeries, StepSeries } from './TimeSeries.ts';

export interface MetricsConfig {
  horizon: number;
  warmup: number;
  /** Service-level threshold per channel code. */
  thresholds: readonly number[];
  /** Series bucket width in seconds. */
  seriesInterval: number;
}

export interface ChannelSummary {
  offered: number;
  answered: number;
  abandoned: number;
  unansweredAtEnd: number;
  waitProbability: number;
  meanWaitSeconds: number;
  asaSeconds: number;
  waitP90Seconds: number;
  serviceLevel: number;
  abandonRate: number;
  occupancy: number;
  throughputPerHour: number;
  meanBusy: number;
  meanCapacity: number;
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
  channels: Record<ChannelName, ChannelSeries>;
}

export interface RunSummary {
  channels: Record<ChannelName, ChannelSummary>;
  queues: Record<string, QueueSummary>;
  series: SeriesSummary;
}

class ChannelAcc {
  offered = 0;
  answered = 0;
  abandoned = 0;
  waited = 0;
  waitSum = 0;
  answeredWaitSum = 0;
  within = 0;
  readonly answeredWaits = new WaitHistogram();
  readonly busy: TimeIntegral;
  readonly capacity: TimeIntegral;
  readonly arrivals: CountSeries;
  readonly answeredSeries: CountSeries;
  readonly abandonedSeries: CountSeries;
  readonly queueSeries: StepSeries;
  readonly busySeries: StepSeries;
  readonly capacitySeries: StepSeries;
  constructor(warmup: number, interval: number, buckets: number) {
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
  readonly queues = new Map<string, QueueAcc[]>();
  agentUsed = new Int32Array(0);
  agentMax = new Int32Array(0);
  agentCounts = new Uint8Array(0);
  readonly buckets: number;
  constructor(readonly config: MetricsConfig) {
    this.buckets = Math.max(1, Math.ceil(config.horizon / config.seriesInterval));
    this.channels = [0, 1, 2].map(() => new ChannelAcc(config.warmup, config.seriesInterval, this.buckets));
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
  return q;
}

/** Channel name → code by pointer comparisons (cheaper than a keyed lookup on a hot path). */
function code(channel: ChannelName): number {
  return channel === 'messaging' ? 0 : channel === 'email' ? 1 : 2;
}

export const METRIC_EVENTS: readonly SimEventType[] = [
  'RunStarted', 'TicketCreated', 'TicketAssigned', 'TicketAbandoned', 'CapacityChanged', 'TicketQueued',
  'TicketRemovedFromQueue', 'AgentStatusChanged', 'RunEnded',
];

export function reduceMetrics(s: MetricsState, e: SimEvent): MetricsState {
  switch (e.type) {
    case 'CapacityChanged': {
      const c = code(e.channel);
      const i = e.agent * 3 + c;
      const delta = e.used - s.agentUsed[i]!;
      s.agentUsed[i] = e.used;
      const acc = s.channels[c]!;
      acc.busy.set(e.t, acc.busy.value + delta);
      acc.busySeries.add(e.t, delta);
      break;
    }
    case 'TicketCreated': {
      const acc = s.channels[code(e.channel)]!;
      acc.arrivals.add(e.t);
      if (e.t >= s.config.warmup) {
        if (s.firstMeasuredId === Infinity) s.firstMeasuredId = e.ticket;
        acc.offered++;
      }
      break;
    }
    case 'TicketAssigned': {
      if (!e.first) break;
      const acc = s.channels[code(e.via)]!;
      acc.answeredSeries.add(e.t);
      if (e.ticket < s.firstMeasuredId) break;
      acc.answered++;
      acc.waitSum += e.waited;
      acc.answeredWaitSum += e.waited;
      if (e.waited > 0) acc.waited++;
      if (e.waited <= s.config.thresholds[code(e.via)]!) acc.within++;
      acc.answeredWaits.add(e.waited);
      break;
    }
    case 'TicketAbandoned': {
      const acc = s.channels[code(e.channel)]!;
      acc.abandonedSeries.add(e.t);
      if (e.ticket < s.firstMeasuredId) break;
      acc.abandoned++;
      acc.waited++;
      acc.waitSum += e.waited;
      break;
    }
    case 'TicketQueued': {
      const c = code(e.channel);
      const q = queueAcc(s, e.queue, c);
      if (e.t >= s.config.warmup) q.entered++;
      q.length.set(e.t, q.length.value + 1);
      s.channels[c]!.queueSeries.add(e.t, 1);
      break;
    }
    case 'TicketRemovedFromQueue': {
      const c = code(e.channel);
      const q = queueAcc(s, e.queue, c);
      q.length.set(e.t, q.length.value - 1);
      s.channels[c]!.queueSeries.add(e.t, -1);
      break;
    }
    case 'AgentStatusChanged': {
      for (let c = 0; c < 3; c++) s.agentCounts[e.agent * 3 + c] = countsFor(e.to, c) ? 1 : 0;
      for (let c = 0; c < 3; c++) setCapacity(s, e.t, c);
      break;
    }
    case 'RunStarted':
      startRoster(s, e.t, e.agents);
      break;
    case 'RunEnded':
      s.endedAt = e.t;
      break;
  }
  return s;
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

export function summarizeMetrics(s: MetricsState): RunSummary {
  const end = Number.isNaN(s.endedAt) ? s.config.horizon : s.endedAt;
  const hours = Math.max(0, end - s.config.warmup) / 3600;
  const channels = {} as Record<ChannelName, ChannelSummary>;
  const series = { intervalSeconds: s.config.seriesInterval, channels: {} } as SeriesSummary;
  s.channels.forEach((acc, c) => {
    const name = CHANNELS[c]!;
    const resolved = acc.answered + acc.abandoned;
    const meanBusy = acc.busy.mean(end);
    const meanCapacity = acc.capacity.mean(end);
    channels[name] = {
      offered: acc.offered,
      answered: acc.answered,
      abandoned: acc.abandoned,
      unansweredAtEnd: acc.offered - resolved,
      waitProbability: ratio(acc.waited, resolved),
      meanWaitSeconds: ratio(acc.waitSum, resolved),
      asaSeconds: ratio(acc.answeredWaitSum, acc.answered),
      waitP90Seconds: acc.answeredWaits.quantile(0.9),
      serviceLevel: ratio(acc.within, resolved),
      abandonRate: ratio(acc.abandoned, resolved),
      occupancy: ratio(meanBusy, meanCapacity),
      throughputPerHour: ratio(acc.answered, hours),
      meanBusy,
      meanCapacity,
    };
    series.channels[name] = {
      arrivals: Float64Array.from(acc.arrivals.values),
      answered: Float64Array.from(acc.answeredSeries.values),
      abandoned: Float64Array.from(acc.abandonedSeries.values),
      queueLength: acc.queueSeries.means(end),
      busy: acc.busySeries.means(end),
      capacity: acc.capacitySeries.means(end),
    };
  });
  const queues: Record<string, QueueSummary> = {};
  for (const [name, byChannel] of [...s.queues.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    byChannel.forEach((q, c) => {
      if (!q) return;
      const key = byChannel.filter(Boolean).length > 1 ? `${name} (${CHANNELS[c]})` : name;
      queues[key] = { channel: CHANNELS[c]!, entered: q.entered, meanLength: q.length.mean(end), maxLength: q.length.maxUntil(end) };
    });
  }
  return { channels, queues, series };
}

export function runMetrics(config: MetricsConfig): Fold<MetricsState, RunSummary> {
  return {
    events: METRIC_EVENTS,
    initial: () => new MetricsState(config),
    reduce: reduceMetrics,
    summarize: summarizeMetrics,
  };
}
