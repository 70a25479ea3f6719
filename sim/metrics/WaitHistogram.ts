// Wait times in constant memory: exact zeros counted apart, other values in logarithmic
// bins (200 per decade, ≈1.2 % wide) from 1 ms to 10^8 s. Quantiles interpolate in a bin.

import { log10, pow } from '../kernel/portableMath.ts';

const BINS_PER_DECADE = 200;
const MIN_LOG = -3; // 1 ms
const MAX_LOG = 8; // ≈ 3 years
const BIN_COUNT = (MAX_LOG - MIN_LOG) * BINS_PER_DECADE;

export class WaitHistogram {
  zeros = 0;
  count = 0;
  readonly bins = new Float64Array(BIN_COUNT + 2); // + underflow (0 < x < 1 ms) and overflow

  add(seconds: number): void {
    this.count++;
    if (seconds <= 0) {
      this.zeros++;
      return;
    }
    this.bins[binOf(seconds)]!++;
  }

  /** The q-quantile (0 < q < 1), or NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return NaN;
    const rank = q * this.count;
    if (rank <= this.zeros) return 0;
    let seen = this.zeros;
    for (let i = 0; i < this.bins.length; i++) {
      const n = this.bins[i]!;
      if (n > 0 && seen + n >= rank) {
        const [lo, hi] = binBounds(i);
        const f = (rank - seen) / n;
        return lo === 0 ? hi * f : lo * pow(hi / lo, f);
      }
      seen += n;
    }
    return binBounds(this.bins.length - 1)[0];
  }
}

function binOf(x: number): number {
  const l = log10(x);
  if (l < MIN_LOG) return 0;
  if (l >= MAX_LOG) return BIN_COUNT + 1;
  return 1 + Math.floor((l - MIN_LOG) * BINS_PER_DECADE);
}

function binBounds(i: number): [number, number] {
  if (i === 0) return [0, 1e-3]; // 10^MIN_LOG
  if (i === BIN_COUNT + 1) return [1e8, 1e8]; // 10^MAX_LOG
  const lo = MIN_LOG + (i - 1) / BINS_PER_DECADE;
  return [pow(10, lo), pow(10, lo + 1 / BINS_PER_DECADE)];
}
