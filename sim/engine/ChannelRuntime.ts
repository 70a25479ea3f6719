// Everything a run needs per channel, built once from the scenario: the arrival process,
// the samplers and the random streams they draw from (one stream per purpose and channel).

import type { ChannelConfig } from '../scenario/Scenario.ts';
import type { ChannelCode } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import type { RandomStreams, Uniform } from '../kernel/RandomStreams.ts';
import type { Distribution } from '../kernel/distributions/Distribution.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { RateFunction } from '../traffic/RateFunction.ts';
import { ArrivalProcess } from '../traffic/ArrivalProcess.ts';

export interface ChannelStreams {
  arrivals: Uniform;
  attributes: Uniform;
  patience: Uniform;
  handleTime: Uniform;
  wrapUp: Uniform;
  outcome: Uniform;
  reply: Uniform;
}

export class ChannelRuntime {
  readonly name: string;
  readonly rate: RateFunction;
  readonly arrivals: ArrivalProcess;
  readonly handleTime: Distribution;
  readonly patience: Distribution | null;
  readonly wrapUp: Distribution | null;
  readonly replyAfter: Distribution;
  /** Cumulative weights of low..urgent, and of the groups in groupIndex. */
  readonly priorityCdf: Float64Array;
  readonly groupCdf: Float64Array;
  readonly groupIndex: Int32Array;
  readonly u: ChannelStreams;

  constructor(
    readonly code: ChannelCode,
    readonly config: ChannelConfig,
    groups: readonly string[],
    startWeekday: number,
    horizon: number,
    streams: RandomStreams,
  ) {
    this.name = CHANNELS[code];
    const s = (purpose: string) => streams.get(`${purpose}/${this.name}`);
    this.u = {
      arrivals: s('arrivals'),
      attributes: s('attributes'),
      patience: s('patience'),
      handleTime: s('handle-time'),
      wrapUp: s('wrap-up'),
      outcome: s('outcome'),
      reply: s('customer-reply'),
    };
    this.rate = new RateFunction(config.arrivals, startWeekday);
    this.arrivals = new ArrivalProcess(this.rate, this.u.arrivals, horizon);
    this.handleTime = makeDistribution(config.handleTime);
    this.patience = config.patience ? makeDistribution(config.patience) : null;
    this.wrapUp = config.wrapUp ? makeDistribution(config.wrapUp) : null;
    this.replyAfter = makeDistribution(config.customerReplyAfter);
    this.priorityCdf = cumulative(config.priorityMix);
    this.groupCdf = cumulative(config.groupMix.map((g) => g.weight));
    this.groupIndex = Int32Array.from(config.groupMix, (g) => groups.indexOf(g.name));
  }
}

function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return Float64Array.from(weights, (w) => (acc += w / total));
}

/** Index drawn from a cumulative table with one uniform (always one, to keep streams aligned). */
export function pick(cdf: Float64Array, u: Uniform): number {
  const x = u();
  for (let i = 0; i < cdf.length - 1; i++) if (x < cdf[i]!) return i;
  return cdf.length - 1;
}
