// The statistics the kernel and traffic tests compare samples with: normal-theory confidence
// intervals around an exact mean, a chi-square bound for a sample variance and the
// Kolmogorov–Smirnov distance to an exact CDF. Each check runs at the 99.9 % level, so a correct
// sampler raises a false alarm in one check out of a thousand (and, with fixed seeds, either
// always or never — a seed that passes keeps passing).

/** Two-sided 99.9 % standard normal quantile: P(|Z| > Z999) = 0.001. */
export const Z999 = 3.290526731491926;

/** 0.1 % critical value of √n·D for the one-sample Kolmogorov–Smirnov test (asymptotic). */
export const KS_999 = 1.95;

/** Half-width of the 99.9 % interval for the mean of n draws with the given exact variance. */
export function meanHalfWidth(variance: number, n: number): number {
  return Z999 * Math.sqrt(variance / n);
}

/** Sample mean and unbiased sample variance. */
export function meanAndVariance(xs: ArrayLike<number>): { mean: number; variance: number } {
  const n = xs.length;
  let mean = 0, m2 = 0;
  for (let i = 0; i < n; i++) {
    // Welford: stable for large n with a large mean.
    const x = xs[i]!;
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  }
  return { mean, variance: n > 1 ? m2 / (n - 1) : NaN };
}

/** Chi-square quantile by Wilson–Hilferty (relative error well under 1e-3 for df ≥ 30). */
export function chiSquareQuantile(df: number, z: number): number {
  const h = 2 / (9 * df);
  return df * Math.pow(1 - h + z * Math.sqrt(h), 3);
}

/** Kolmogorov–Smirnov distance sup|F_n − F| between the sample and the exact CDF. */
export function ksStatistic(sample: ArrayLike<number>, cdf: (x: number) => number): number {
  const xs = Float64Array.from(sample as ArrayLike<number>).sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]!);
    d = Math.max(d, f - i / n, (i + 1) / n - f);
  }
  return d;
}

/** Complementary error function (Numerical Recipes' erfcc, fractional error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
    t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}
