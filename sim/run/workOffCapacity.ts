// Work held by agents who are not part of a channel's capacity: those whose status takes no new
// work on it (a shift that ended while they finish what they hold, endOfShift: finish — calls
// always finish, R5 — or a break) and those with no capacity on it (a chat agent keeps a session
// routed as email, R43/Q4). A reader of a run's events: per channel, the units so held over time,
// in the run's series buckets and after the warm-up. Busy less these units is the work of the
// agents the capacity counts.

import type { SimEvent, SimEventType } from '../model/events.ts';
import { CHANNELS } from '../model/codes.ts';
import type { ChannelName } from '../model/codes.ts';
import { StepSeries } from '../metrics/TimeSeries.ts';
import { TimeIntegral } from '../metrics/TimeIntegral.ts';
import { countsFor } from '../metrics/RunMetrics.ts';

export interface OffCapacity {
  /** Mean units held off capacity per series bucket (as the series' busy and capacity). */
  buckets: Record<ChannelName, Float64Array>;
  /** Mean units held off capacity after the warm-up (as the channel's meanBusy). */
  mean: Record<ChannelName, number>;
}

export class WorkOffCapacity {
  static readonly EVENTS: readonly SimEventType[] = ['RunStarted', 'CapacityChanged', 'AgentStatusChanged', 'RunEnded'];
  private readonly series: StepSeries[];
  private readonly total: TimeIntegral[];
  private used = new Int32Array(0);
  private max = new Int32Array(0);
  private allows = new Uint8Array(0);
  private readonly level = [0, 0, 0];
  private endedAt = NaN;

  constructor(warmup: number, interval: number, horizon: number) {
    const buckets = Math.max(1, Math.ceil(horizon / interval));
    this.series = [0, 1, 2].map(() => new StepSeries(interval, buckets));
    this.total = [0, 1, 2].map(() => new TimeIntegral(warmup));
  }

  /** Reads one event (subscribe it to EVENTS on the engine's bus). */
  readonly listener = (e: SimEvent): void => {
    if (e.type === 'RunStarted') {
      const n = e.agents.length * 3;
      this.used = new Int32Array(n);
      this.max = new Int32Array(n);
      this.allows = new Uint8Array(n);
      for (const a of e.agents) {
        CHANNELS.forEach((name, c) => {
          this.max[a.agent * 3 + c] = a.capacity[name];
          this.allows[a.agent * 3 + c] = countsFor(a.status, c) ? 1 : 0;
        });
      }
    } else if (e.type === 'CapacityChanged') {
      const c = CHANNELS.indexOf(e.channel);
      this.change(e.t, e.agent * 3 + c, c, () => (this.used[e.agent * 3 + c] = e.used));
    } else if (e.type === 'AgentStatusChanged') {
      for (let c = 0; c < 3; c++) this.change(e.t, e.agent * 3 + c, c, () => (this.allows[e.agent * 3 + c] = countsFor(e.to, c) ? 1 : 0));
    } else if (e.type === 'RunEnded') {
      this.endedAt = e.t;
    }
  };

  /** Units agent·channel i holds outside the channel's capacity. */
  private off(i: number): number {
    return this.allows[i] && this.max[i]! > 0 ? 0 : this.used[i]!;
  }

  private change(t: number, i: number, c: number, update: () => void): void {
    const before = this.off(i);
    update();
    const delta = this.off(i) - before;
    if (delta === 0) return;
    this.level[c]! += delta;
    this.series[c]!.set(t, this.level[c]!);
    this.total[c]!.set(t, this.level[c]!);
  }

  /** The figures up to the end of the run (or `horizon`, if it has not ended). */
  summary(horizon: number): OffCapacity {
    const end = Number.isNaN(this.endedAt) ? horizon : this.endedAt;
    const buckets = {} as OffCapacity['buckets'];
    const mean = {} as OffCapacity['mean'];
    CHANNELS.forEach((name, c) => {
      buckets[name] = this.series[c]!.means(end);
      mean[name] = this.total[c]!.mean(end);
    });
    return { buckets, mean };
  }
}
