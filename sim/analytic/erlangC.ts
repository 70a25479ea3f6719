// Erlang C: the M/M/N queue with infinitely patient customers (FCFS, N = agents × concurrency).
// Stable only when the offered load A is below N; otherwise the figures say so with
// `stable: false` and infinite waits rather than NaN.

import { erlangB } from './erlangB.ts';
import { queueBasics, type QueueFigures, type QueueInput } from './QueueFigures.ts';

/**
 * Exact steady-state figures of M/M/N. `patienceSeconds` is ignored (use `erlang` to pick
 * Erlang A when customers abandon). Throws InputError (a RangeError) on invalid input. O(servers).
 */
export function erlangC(input: QueueInput): QueueFigures {
  const { servers: n, offeredLoad: a, thresholdSeconds: t } = queueBasics(input);
  const base = { model: 'erlang-c' as const, servers: n, offeredLoad: a, thresholdSeconds: t, abandonRate: 0 };
  if (a === 0) {
    // Nobody arrives: nobody waits. Stated separately because 0 servers would divide 0 by 0.
    return { ...base, stable: true, waitProbability: 0, serviceLevel: 1, meanWaitSeconds: 0, asaSeconds: 0,
      meanQueueLength: 0, meanInSystem: 0, occupancy: 0 };
  }
  if (a >= n) {
    return { ...base, stable: false, waitProbability: 1, serviceLevel: 0, meanWaitSeconds: Infinity, asaSeconds: Infinity,
      meanQueueLength: Infinity, meanInSystem: Infinity, occupancy: n > 0 ? 1 : 0 };
  }
  const b = erlangB(n, a);
  const c = (n * b) / (n - a * (1 - b));
  const spare = n - a;
  const meanQueueLength = (c * a) / spare;
  const meanWaitSeconds = (c * input.meanHandleSeconds) / spare;
  return {
    ...base,
    stable: true,
    waitProbability: c,
    // The wait of a delayed customer is exponential with rate (N − A)/AHT.
    serviceLevel: 1 - c * Math.exp((-spare * t) / input.meanHandleSeconds),
    meanWaitSeconds,
    asaSeconds: meanWaitSeconds, // everyone is answered
    meanQueueLength,
    meanInSystem: meanQueueLength + a,
    occupancy: a / n,
  };
}
