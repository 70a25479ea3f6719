// The state the run's metrics fold into: per channel the customer outcomes, capacity and
// queue integrals and the time series; per queue its length; sessions, triggers, SLAs and
// carried-over work. Built by RunMetrics, updated by it and by the frequent-event functions.

import type { ReportWindow } from '../scenario/Scenario.ts';
import type { ChannelName } from '../model/codes.ts';
import { TimeIntegral } from './TimeIntegral.ts';
import { CountSeries, StepSeries } from './TimeSeries.ts';
import { CustomerAcc } from './CustomerAcc.ts';
import { SessionAcc } from './SessionAcc.ts';
import { TriggerAcc } from './TriggerAcc.ts';
import { SlaAcc } from './SlaAcc.ts';
import { CarriedOverAcc } from './CarriedOverAcc.ts';
import { AiAgentAcc } from './AiAgentAcc.ts';
import { BrandAcc } from './BrandAcc.ts';
import type { BrandConfig } from './BrandAcc.ts';

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
  /** Channels with an AI agent (R6), reported under `aiAgent`; none: no section. */
  aiChannels?: readonly ChannelName[];
  /** R7: the scenario's brands and the channels each has tickets on, reported under `brands`; none: no section. */
  brands?: readonly BrandConfig[];
}

export class ChannelAcc {
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
  /** Units held by agents outside the channel's capacity (status takes no work on it, or no
   *  capacity on it): part of busy, left out of occupancy. */
  readonly heldOff: TimeIntegral;
  readonly heldOffSeries: StepSeries;
  /** R6: the channel's AI agent. */
  readonly ai = new AiAgentAcc();
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
    this.heldOff = new TimeIntegral(warmup);
    this.heldOffSeries = new StepSeries(interval, buckets);
  }
}

export class QueueAcc {
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
  /** R7: per brand, null without brands (then the frequent events skip it). */
  readonly brands: BrandAcc | null;
  agentUsed = new Int32Array(0);
  agentMax = new Int32Array(0);
  agentCounts = new Uint8Array(0);
  /** 1 where the agent's work on the channel is held off capacity (not counted, or no capacity on it). */
  agentOff = new Uint8Array(0);
  /** Per channel, the capacity of the agents whose status allows it (kept as statuses change). */
  readonly capacityTotal = new Float64Array(3);
  readonly buckets: number;
  constructor(readonly config: MetricsConfig) {
    this.buckets = Math.max(1, Math.ceil(config.horizon / config.seriesInterval));
    this.triggers = new TriggerAcc(config.triggers, config.warmup);
    this.brands = config.brands?.length ? new BrandAcc(config.brands, config.windows) : null;
    this.channels = [0, 1, 2].map(() => new ChannelAcc(config.warmup, config.seriesInterval, this.buckets, config.windows.length));
  }
}

export function queueAcc(s: MetricsState, queue: string, channel: number): QueueAcc {
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
export function windowOf(s: MetricsState, created: number): number {
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
