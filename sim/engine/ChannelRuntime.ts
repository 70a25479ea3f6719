// Everything a run needs per channel, built once from the scenario: the arrival process,
// the samplers and the random streams they draw from (one stream per purpose and channel).

import type { ChannelConfig } from '../scenario/Scenario.ts';
import type { ChannelCode } from '../model/codes.ts';
import { CHANNELS } from '../model/codes.ts';
import type { RandomStreams, Uniform } from '../kernel/RandomStreams.ts';
import type { Distribution } from '../kernel/distributions/Distribution.ts';
import { makeDistribution } from '../kernel/distributions/makeDistribution.ts';
import { makeCount } from '../kernel/distributions/CountDistribution.ts';
import type { CountDistribution } from '../kernel/distributions/CountDistribution.ts';
import { RateFunction } from '../traffic/RateFunction.ts';
import { ArrivalProcess } from '../traffic/ArrivalProcess.ts';
import { ReplayedTickets } from '../traffic/replay/ReplayedTickets.ts';

/** R6: the channel's AI agent as a run draws it (its own streams, made only when configured). */
export interface AiAgentRuntime {
  share: number;
  resolves: number;
  handleTime: Distribution;
  /** Whether the AI agent takes a ticket, and whether it resolves it (two draws per ticket). */
  draws: Uniform;
  /** Its time with the ticket. */
  time: Uniform;
}

export interface ChannelStreams {
  arrivals: Uniform;
  priority: Uniform;
  group: Uniform;
  patience: Uniform;
  handleTime: Uniform;
  wrapUp: Uniform;
  outcome: Uniform;
  reply: Uniform;
  exchanges: Uniform;
  closing: Uniform;
  followUp: Uniform;
  agentReply: Uniform;
  think: Uniform;
  accept: Uniform;
  endSessionWork: Uniform;
}

/** Closing outcomes, in the order of ClosingMix. */
export const AGENT_SOLVES = 0;
export const AGENT_ENDS_SESSION = 1;
export const USER_ENDS_SESSION = 2;
export const CUSTOMER_GOES_SILENT = 3;

export class ChannelRuntime {
  readonly name: string;
  readonly rate: RateFunction;
  readonly arrivals: ArrivalProcess;
  /** Fields of replayed tickets (a CSV export), by arrival; null without a replay. */
  readonly replay: ReplayedTickets | null;
  readonly handleTime: Distribution;
  readonly patience: Distribution | null;
  readonly wrapUp: Distribution | null;
  readonly replyAfter: Distribution;
  /** Cumulative weights of low..urgent, and of the groups in groupIndex; a fixed value when
   *  only one choice has weight (-1 otherwise). Priority and group have their own streams, so
   *  a variant that changes one mix leaves every other draw in place. */
  readonly priorityCdf: Float64Array;
  readonly groupCdf: Float64Array;
  readonly groupIndex: Int32Array;
  readonly fixedPriority: number;
  readonly fixedGroup: number;
  // Messaging conversations (issue #3).
  readonly exchangeCount: CountDistribution;
  readonly agentReply: Distribution;
  readonly think: Distribution;
  readonly followUpAfter: Distribution;
  readonly endSessionWork: Distribution | null;
  readonly acceptTime: Distribution;
  readonly closingCdf: Float64Array;
  readonly fixedClosing: number;
  readonly u: ChannelStreams;
  readonly aiAgent: AiAgentRuntime | null;

  constructor(
    readonly code: ChannelCode,
    readonly config: ChannelConfig,
    groups: readonly string[],
    /** R7: the scenario's brand names (brandNames), for replayed rows that give a brand. */
    brands: readonly string[],
    startWeekday: number,
    horizon: number,
    streams: RandomStreams,
  ) {
    this.name = CHANNELS[code];
    const s = (purpose: string) => streams.get(`${purpose}/${this.name}`);
    this.u = {
      arrivals: s('arrivals'),
      priority: s('priority'),
      group: s('group'),
      patience: s('patience'),
      handleTime: s('handle-time'),
      wrapUp: s('wrap-up'),
      outcome: s('outcome'),
      reply: s('customer-reply'),
      exchanges: s('exchanges'),
      closing: s('closing'),
      followUp: s('follow-up'),
      agentReply: s('agent-reply'),
      think: s('think-time'),
      accept: s('offer-accept'),
      endSessionWork: s('end-session-work'),
    };
    this.rate = new RateFunction(config.arrivals, startWeekday);
    this.arrivals = new ArrivalProcess(this.rate, this.u.arrivals, horizon, config.arrivals.times);
    this.replay = config.arrivals.replay ? new ReplayedTickets(config.arrivals.replay, groups, brands) : null;
    this.handleTime = makeDistribution(config.handleTime);
    this.patience = config.patience ? makeDistribution(config.patience) : null;
    this.wrapUp = config.wrapUp ? makeDistribution(config.wrapUp) : null;
    this.replyAfter = makeDistribution(config.customerReplyAfter);
    this.priorityCdf = cumulative(config.priorityMix);
    this.groupCdf = cumulative(config.groupMix.map((g) => g.weight));
    this.groupIndex = Int32Array.from(config.groupMix, (g) => groups.indexOf(g.name));
    this.fixedPriority = onlyChoice(config.priorityMix);
    const g = onlyChoice(config.groupMix.map((x) => x.weight));
    this.fixedGroup = config.groupMix.length === 0 ? -1 : g >= 0 ? this.groupIndex[g]! : -2;
    const conv = config.conversation;
    this.exchangeCount = makeCount(conv.exchanges);
    this.agentReply = makeDistribution(conv.agentReplyTime);
    this.think = makeDistribution(conv.customerThinkTime);
    this.followUpAfter = makeDistribution(conv.followUp.after);
    this.endSessionWork = conv.endSessionWork ? makeDistribution(conv.endSessionWork) : null;
    this.acceptTime = makeDistribution(config.offers.acceptTime);
    const c = conv.closing;
    const weights = [c.agentSolves, c.agentEndsSession, c.userEndsSession, c.customerGoesSilent];
    this.closingCdf = cumulative(weights);
    this.fixedClosing = onlyChoice(weights);
    const ai = config.aiAgent;
    this.aiAgent = ai === null ? null : {
      share: ai.share, resolves: ai.resolves, handleTime: makeDistribution(ai.handleTime), draws: s('ai-agent'), time: s('ai-agent-time'),
    };
  }

  /** Priority of a new ticket. */
  drawPriority(): number {
    return this.fixedPriority >= 0 ? this.fixedPriority : pick(this.priorityCdf, this.u.priority);
  }

  /** Group index of a new ticket (-1: none). */
  drawGroup(): number {
    return this.fixedGroup !== -2 ? this.fixedGroup : this.groupIndex[pick(this.groupCdf, this.u.group)]!;
  }

  /** How a new conversation will close (AGENT_SOLVES …). */
  drawClosing(): number {
    return this.fixedClosing >= 0 ? this.fixedClosing : pick(this.closingCdf, this.u.closing);
  }
}

/** The index of the only positive weight, or -1 when several are positive. */
function onlyChoice(weights: readonly number[]): number {
  const positive = weights.flatMap((w, i) => (w > 0 ? [i] : []));
  return positive.length === 1 ? positive[0]! : -1;
}

function cumulative(weights: readonly number[]): Float64Array {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return Float64Array.from(weights, (w) => (acc += w / total));
}

/** Index drawn from a cumulative table with one uniform. */
export function pick(cdf: Float64Array, u: Uniform): number {
  const x = u.next();
  for (let i = 0; i < cdf.length - 1; i++) if (x < cdf[i]!) return i;
  return cdf.length - 1;
}
