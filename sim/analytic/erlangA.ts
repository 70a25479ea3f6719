// Erlang A: M/M/N+M, FCFS with exponential patience (mean 1/θ), exact steady state of the
// birth–death chain on k = number in system (births λ, deaths min(k,N)μ + max(k−N,0)θ).
// Service level = (arrivals answered within T) / (all arrivals); abandoned ones count as missed.

import { InputError } from '../InputError.ts';
import { queueBasics, type QueueFigures, type QueueInput } from './QueueFigures.ts';

/** Terms of the stationary law below this fraction of the total are dropped (tail bound). */
const NEGLIGIBLE = 1e-17;
/** Guards memory: only an overloaded queue with near-infinite patience comes near this. */
const MAX_STATES = 10_000_000;

/**
 * Exact steady-state figures of M/M/N+M; `patienceSeconds` must be finite and > 0 (for
 * infinite patience use erlangC). Always stable. Throws InputError (a RangeError) on invalid input or when
 * the queue would be so long that the chain cannot be held (overloaded, patience ≫ AHT).
 */
export function erlangA(input: QueueInput): QueueFigures {
  const { servers: n, offeredLoad: a, thresholdSeconds: t } = queueBasics(input);
  const patience = input.patienceSeconds;
  if (patience === undefined || !(patience > 0) || !Number.isFinite(patience)) {
    throw new InputError(`erlangA: patienceSeconds must be a finite number > 0, got ${patience}`);
  }
  const base = { model: 'erlang-a' as const, servers: n, offeredLoad: a, thresholdSeconds: t, stable: true };
  if (a === 0) {
    return { ...base, waitProbability: 0, serviceLevel: 1, meanWaitSeconds: 0, asaSeconds: 0, meanQueueLength: 0,
      meanInSystem: 0, abandonRate: 0, occupancy: 0 };
  }
  const lambda = input.arrivalRatePerSecond;
  const mu = 1 / input.meanHandleSeconds;
  const theta = 1 / patience;
  const chain = stationaryLaw(lambda, mu, theta, n);

  let waitProbability = 0, meanQueueLength = 0, meanInSystem = 0;
  chain.p.forEach((p, i) => {
    const k = chain.kLow + i;
    meanInSystem += k * p;
    if (k >= n) { waitProbability += p; meanQueueLength += (k - n) * p; }
  });
  const abandonRate = Math.min(1, (theta * meanQueueLength) / lambda);
  const carried = (lambda * (1 - abandonRate)) / mu;
  return {
    ...base,
    waitProbability: Math.min(1, waitProbability), // rounding can push a sum of ~1 past 1
    serviceLevel: serviceLevel(chain, n, mu, theta, t),
    meanWaitSeconds: meanQueueLength / lambda,
    asaSeconds: answeredMeanWait(chain, n, mu, theta),
    meanQueueLength,
    meanInSystem,
    abandonRate,
    occupancy: n > 0 ? Math.min(1, carried / n) : 0,
  };
}

/** p[i] = P(k = kLow + i), normalised; states outside [kLow, kLow + p.length) are negligible. */
interface StationaryLaw { kLow: number; p: Float64Array }

/**
 * Walks outward from the mode with ratios p(k)/p(k−1) = λ/death(k), so every weight is ≤ 1
 * and nothing overflows however large A or N. The death rate grows with k, so on both
 * sides the ratios shrink monotonically and w·r/(1−r) bounds everything not yet added.
 */
function stationaryLaw(lambda: number, mu: number, theta: number, n: number): StationaryLaw {
  const death = (k: number) => Math.min(k, n) * mu + Math.max(k - n, 0) * theta;
  const mode = lambda <= n * mu ? Math.floor(lambda / mu) : n + Math.floor((lambda - n * mu) / theta);
  if (mode > MAX_STATES * 100) {
    throw new InputError(`erlangA: about ${mode.toExponential(2)} customers would be waiting; patience is too long for this overload`);
  }
  let sum = 1;
  const below: number[] = [];
  for (let k = mode, w = 1; k > 0; k--) {
    const r = death(k) / lambda;
    w *= r;
    below.push(w);
    sum += w;
    if (w === 0 || (r < 1 && w / (1 - r) < NEGLIGIBLE * sum)) break;
    if (below.length > MAX_STATES) throw tooManyStates();
  }
  const above: number[] = [];
  for (let k = mode + 1, w = 1; ; k++) {
    const r = lambda / death(k);
    w *= r;
    above.push(w);
    sum += w;
    if (w === 0 || (r < 1 && w / (1 - r) < NEGLIGIBLE * sum)) break;
    if (above.length > MAX_STATES) throw tooManyStates();
  }
  const p = new Float64Array(below.length + 1 + above.length);
  below.forEach((w, i) => { p[below.length - 1 - i] = w / sum; });
  p[below.length] = 1 / sum;
  above.forEach((w, i) => { p[below.length + 1 + i] = w / sum; });
  return { kLow: mode - below.length, p };
}

function tooManyStates(): InputError {
  return new InputError('erlangA: the queue-length distribution is too wide to compute; patience is too long for this overload');
}

/**
 * P(answered within T) for a random arrival. By PASTA it finds k with probability p(k);
 * k < N is answered at once. With j = k − N ahead it passes j+1 stages; in stage i (i ahead)
 * the head-of-line moves at rate Nμ + iθ and it abandons itself at rate θ, so the stage lasts
 * Exp(Nμ + (i+1)θ) whatever ends it. Hence
 *   P(answered ≤ T | j) = Nμ/(Nμ+(j+1)θ) · P(S ≤ T),  S = Σ_{i=1..j+1} Exp(θ(c+i)), c = Nμ/θ,
 * and e^{−θS} ~ Beta(c+1, j+1), so P(S ≤ T) = I_x(j+1, c+1) = P(M ≥ j+1) with
 * M ~ NegativeBinomial(c+1, x), x = 1 − e^{−θT} — an exact phase-type result, no quadrature.
 */
function serviceLevel(chain: StationaryLaw, n: number, mu: number, theta: number, t: number): number {
  const nMu = n * mu;
  const { kLow, p } = chain;
  const kEnd = kLow + p.length;
  const answeredOnceServed = (k: number) => p[k - kLow]! * (nMu / (nMu + (k - n + 1) * theta));
  let answered = 0;
  for (let k = kLow; k < Math.min(n, kEnd); k++) answered += p[k - kLow]!;
  if (t === Infinity) {
    for (let k = Math.max(n, kLow); k < kEnd; k++) answered += answeredOnceServed(k);
    return Math.min(1, answered);
  }
  // P(M = j) = mantissa·e^{logScale}: P(M = 0) = e^{−(Nμ+θ)T} underflows for long T, so its
  // logarithm is carried apart and the mantissa folded into it whenever it grows large.
  const x = -Math.expm1(-theta * t);
  const c1 = nMu / theta + 1;
  let logScale = -(nMu + theta) * t;
  let scale = Math.exp(logScale);
  let mantissa = 1;
  let cdf = 0;
  for (let j = 0; n + j < kEnd; j++) {
    const ratio = j === 0 ? 1 : (x * (j - 1 + c1)) / j;
    mantissa *= ratio;
    if (mantissa > 1e200) { logScale += Math.log(mantissa); scale = Math.exp(logScale); mantissa = 1; }
    const pmf = mantissa * scale;
    cdf += pmf;
    // Past the mode the ratios shrink, so pmf·r/(1−r) bounds P(M > j): stop once nothing is left.
    const next = (x * (j + c1)) / (j + 1);
    if (next < 1 && (pmf * next) / (1 - next) < 1e-18) break;
    if (n + j >= kLow) answered += answeredOnceServed(n + j) * Math.max(0, 1 - cdf);
  }
  return Math.min(1, answered);
}

/**
 * ASA, the mean wait of answered customers. With j = k − N ahead, an arrival is answered with
 * probability Nμ/(Nμ+(j+1)θ) (as in serviceLevel), and its stages last Exp(Nμ + iθ),
 * i = 1..j+1, whichever event ends them, so E[W | answered, j] = Σ_{i=1..j+1} 1/(Nμ + iθ).
 * Arrivals finding a free agent are answered at once (wait 0).
 */
function answeredMeanWait(chain: StationaryLaw, n: number, mu: number, theta: number): number {
  const nMu = n * mu;
  const { kLow, p } = chain;
  const kEnd = kLow + p.length;
  let answered = 0;
  for (let k = kLow; k < Math.min(n, kEnd); k++) answered += p[k - kLow]!;
  let waitSum = 0;
  let stages = 0; // Σ_{i=1..j+1} 1/(Nμ + iθ)
  for (let j = 0; n + j < kEnd; j++) {
    stages += 1 / (nMu + (j + 1) * theta);
    if (n + j < kLow) continue;
    const served = p[n + j - kLow]! * (nMu / (nMu + (j + 1) * theta));
    answered += served;
    waitSum += served * stages;
  }
  return answered > 0 ? waitSum / answered : 0;
}
