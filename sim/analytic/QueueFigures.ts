// The contract shared by the analytic queue models: what a caller describes (QueueInput)
// and what every model answers (QueueFigures). All times in seconds, rates per second;
// figures are never NaN (an overloaded Erlang C queue reports Infinity waits instead).

import { InputError } from '../InputError.ts';

/** One queue as the analytic models see it: Poisson arrivals, exponential handle times. */
export interface QueueInput {
  arrivalRatePerSecond: number;
  meanHandleSeconds: number;
  /** Whole number ≥ 0. */
  agents: number;
  /** Parallel conversations per agent (whole number ≥ 1, default 1); servers = agents × concurrency. */
  concurrency?: number;
  /** Service-level threshold T (≥ 0, default 0 = answered without waiting). */
  thresholdSeconds?: number;
  /** Mean of the exponential patience; given and finite selects Erlang A. */
  patienceSeconds?: number;
}

export interface QueueFigures {
  model: 'erlang-c' | 'erlang-a';
  servers: number;
  /** A = λ × AHT, in Erlangs. */
  offeredLoad: number;
  /** False only for Erlang C with A ≥ servers (the queue grows without bound). */
  stable: boolean;
  /** The threshold the service level was computed for. */
  thresholdSeconds: number;
  /** Fraction of arrivals that find every server busy. */
  waitProbability: number;
  /** Fraction of all arrivals answered within the threshold (abandoned ones count as missed). */
  serviceLevel: number;
  /** Mean wait in queue over all arrivals, E[Wq] (zero waits and abandoned customers' waits included). */
  meanWaitSeconds: number;
  /** ASA: mean wait of the answered customers (zero waits included); E[Wq] itself for Erlang C. */
  asaSeconds: number;
  meanQueueLength: number;
  /** Mean number in system (waiting + in service). */
  meanInSystem: number;
  /** Fraction of arrivals that abandon; 0 for Erlang C. */
  abandonRate: number;
  /** Carried load per server, in [0, 1]. */
  occupancy: number;
}

/** The load figures every model derives the same way, after checking the input. Throws InputError (a RangeError) on nonsense. */
export function queueBasics(input: QueueInput): { servers: number; offeredLoad: number; thresholdSeconds: number } {
  const { arrivalRatePerSecond: rate, meanHandleSeconds: aht, agents } = input;
  const concurrency = input.concurrency ?? 1;
  const threshold = input.thresholdSeconds ?? 0;
  if (!(rate >= 0) || !Number.isFinite(rate)) throw new InputError(`arrivalRatePerSecond must be a finite number ≥ 0, got ${rate}`);
  if (!(aht > 0) || !Number.isFinite(aht)) throw new InputError(`meanHandleSeconds must be a finite number > 0, got ${aht}`);
  if (!Number.isInteger(agents) || agents < 0) throw new InputError(`agents must be a whole number ≥ 0, got ${agents}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new InputError(`concurrency must be a whole number ≥ 1, got ${concurrency}`);
  if (!(threshold >= 0)) throw new InputError(`thresholdSeconds must be ≥ 0, got ${threshold}`);
  return { servers: agents * concurrency, offeredLoad: rate * aht, thresholdSeconds: threshold };
}
