// Erlang B: the blocking probability of M/M/N/N, the building block of Erlang C.
// Uses the forward recursion B(n) = A·B(n−1) / (n + A·B(n−1)), which stays in [0, 1]
// at every step, so no factorial or power of A can overflow.

import { InputError } from '../InputError.ts';

/**
 * Probability that an arrival finds all `servers` busy in a loss system with offered
 * load `load` Erlangs. `servers` must be a whole number ≥ 0 and `load` a number ≥ 0
 * (Infinity gives 1 for servers ≥ 0); anything else throws InputError (a RangeError). O(servers), and
 * never more than about 2·load + 300 steps: by then B has underflowed to 0.
 */
export function erlangB(servers: number, load: number): number {
  if (!Number.isInteger(servers) || servers < 0) {
    throw new InputError(`erlangB: servers must be a whole number ≥ 0, got ${servers}`);
  }
  if (!(load >= 0)) throw new InputError(`erlangB: load must be a number ≥ 0, got ${load}`);
  if (load === Infinity) return 1;
  let b = 1;
  // Once b underflows to 0 it stays 0 (0·A / n), so the rest of the loop changes nothing:
  // `omnisim erlang --agents 100000000000` ran it for half an hour to find that out.
  for (let n = 1; n <= servers && b > 0; n++) {
    const ab = load * b;
    b = ab / (n + ab);
  }
  return b;
}
