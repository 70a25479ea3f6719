// Logarithm, exponential and the cosine the samplers need, computed with + − × ÷ only, so a
// seed gives the same bytes on every JavaScript engine. Math.log, Math.exp and friends are
// implementation-defined: Node 20 and Chromium 156 disagree in the last bit for a fair share
// of arguments, which made the visualizer's figures differ from the CLI's in the 16th digit.
// These are ports of fdlibm 5.3 (e_log.c, e_exp.c, k_sin.c, k_cos.c; Sun Microsystems,
// "permission to use, copy, modify, and distribute this software is freely granted"),
// accurate to within one unit in the last place.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
// Word order of a double in memory: the high word (sign, exponent) is U32[HI].
const HI = (() => {
  F64[0] = 1; // 0x3ff00000_00000000
  return U32[1] === 0x3ff00000 ? 1 : 0;
})();
const LO = 1 - HI;

const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const TWO54 = 1.80143985094819840000e+16;
const LG1 = 6.666666666666735130e-01;
const LG2 = 3.999999999940941908e-01;
const LG3 = 2.857142874366239149e-01;
const LG4 = 2.222219843214978396e-01;
const LG5 = 1.818357216161805012e-01;
const LG6 = 1.531383769920937332e-01;
const LG7 = 1.479819860511658591e-01;

/** 2^-k for k in [-1080, 1080], built by exact doublings (scales x into [√2/2, √2)). */
const SCALE_OFFSET = 1080;
const POW2_NEG = (() => {
  const t = new Float64Array(2 * SCALE_OFFSET + 1);
  t[SCALE_OFFSET] = 1;
  for (let k = 1; k <= SCALE_OFFSET; k++) {
    t[SCALE_OFFSET + k] = t[SCALE_OFFSET + k - 1]! / 2; // 2^-k (exact, subnormal at the end)
    t[SCALE_OFFSET - k] = t[SCALE_OFFSET - k + 1]! * 2; // 2^k (∞ past 2^1023, never used)
  }
  return t;
})();

/**
 * Natural logarithm (fdlibm __ieee754_log). The argument is normalized by multiplying with an
 * exact power of two rather than rewriting its exponent bits — the same value, one fewer trip
 * through memory.
 */
export function log(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN; // log(±0) = −∞; negative or NaN → NaN
  if (x === Infinity) return x;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k = -54; // subnormal: scale up
    x *= TWO54;
  }
  F64[0] = x;
  const hx = U32[HI]! & 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  const e = (U32[HI]! >>> 20) - 1023 + (i >> 20);
  const f = x * POW2_NEG[e + SCALE_OFFSET]! - 1.0; // x / 2^e is in [√2/2, √2)
  k += e;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const R = f * f * (0.5 - 0.33333333333333333 * f);
    return k === 0 ? f - R : k * LN2_HI - ((R - k * LN2_LO) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const j = (hx - 0x6147a) | (0x6b851 - hx);
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  if (j > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2_HI - ((hfsq - (s * (hfsq + R) + k * LN2_LO)) - f);
  }
  return k === 0 ? f - s * (f - R) : k * LN2_HI - ((s * (f - R) - k * LN2_LO) - f);
}

const O_THRESHOLD = 7.09782712893383973096e+02;
const U_THRESHOLD = -7.45133219101941108420e+02;
const INV_LN2 = 1.44269504088896338700e+00;
const TWOM1000 = 9.33263618503218878990e-302;
const P1 = 1.66666666666666019037e-01;
const P2 = -2.77777777770155933842e-03;
const P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06;
const P5 = 4.13813679705723846039e-08;

/** e^x (fdlibm __ieee754_exp). */
export function exp(x: number): number {
  F64[0] = x;
  let hx = U32[HI]!;
  const xsb = (hx >>> 31) & 1;
  hx &= 0x7fffffff;
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78…
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | U32[LO]!) !== 0) return x + x; // NaN
      return xsb === 0 ? x : 0; // exp(±∞)
    }
    if (x > O_THRESHOLD) return Infinity;
    if (x < U_THRESHOLD) return 0;
  }
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      hi = xsb === 0 ? x - LN2_HI : x + LN2_HI;
      lo = xsb === 0 ? LN2_LO : -LN2_LO;
      k = 1 - xsb - xsb;
    } else {
      k = Math.trunc(INV_LN2 * x + (xsb === 0 ? 0.5 : -0.5));
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    return 1 + x; // |x| < 2^-28
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2.0) - x);
  const y = 1 - ((lo - (x * c) / (2.0 - c)) - hi);
  F64[0] = y;
  if (k >= -1021) {
    U32[HI] = (U32[HI]! + (k << 20)) >>> 0;
    return F64[0]!;
  }
  U32[HI] = (U32[HI]! + ((k + 1000) << 20)) >>> 0;
  return F64[0]! * TWOM1000;
}

const LN10 = 2.302585092994046;

/** log10(x) as log(x) / ln 10 (within 3 ulp; used for wait-time bins). */
export function log10(x: number): number {
  return log(x) / LN10;
}

/** x^y for x > 0 as e^(y ln x) (a few ulp for moderate results; used by samplers). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  return exp(y * log(x));
}

const S1 = -1.66666666666666324348e-01;
const S2 = 8.33333333332248946124e-03;
const S3 = -1.98412698298579493134e-04;
const S4 = 2.75573137070700676789e-06;
const S5 = -2.50507602534068634195e-08;
const S6 = 1.58969099521155010221e-10;
const C1 = 4.16666666666666019037e-02;
const C2 = -1.38888888888741095749e-03;
const C3 = 2.48015872894767294178e-05;
const C4 = -2.75573143513906633035e-07;
const C5 = 2.08757232129817482790e-09;
const C6 = -1.13596475577881948265e-11;
const HALF_PI = 1.5707963267948966;

/** sin(x) for |x| ≤ π/4 (fdlibm __kernel_sin, no tail). */
function kernelSin(x: number): number {
  const z = x * x;
  const v = z * x;
  const r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
  return x + v * (S1 + z * r);
}

/** cos(x) for |x| ≤ π/4 (fdlibm __kernel_cos, no tail). */
function kernelCos(x: number): number {
  const ax = Math.abs(x);
  if (ax < 7.450580596923828e-9) return 1; // 2^-27
  const z = x * x;
  const r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
  if (ax < 0.3) return 1 - (0.5 * z - z * r);
  // Split 1 − z/2 so the subtraction stays exact (qx ≈ x²/4 with a clean low word).
  let qx: number;
  if (ax > 0.78125) qx = 0.28125;
  else {
    F64[0] = ax;
    U32[HI] = U32[HI]! - 0x00200000;
    U32[LO] = 0;
    qx = F64[0]!;
  }
  const hz = 0.5 * z - qx;
  const a = 1 - qx;
  return a - (hz - z * r);
}

/** cos(2πu) for a fraction of a turn 0 ≤ u < 1, reduced exactly by quadrant and octant. */
export function cosTurn(u: number): number {
  const v = u * 4; // exact: quadrants
  const q = Math.floor(v);
  const r = v - q; // exact, in [0, 1)
  // Within a quadrant, cos and sin of r·π/2, taking the nearer end so the angle is ≤ π/4.
  const c = r <= 0.5 ? kernelCos(r * HALF_PI) : kernelSin((1 - r) * HALF_PI);
  const s = r <= 0.5 ? kernelSin(r * HALF_PI) : kernelCos((1 - r) * HALF_PI);
  switch (q & 3) {
    case 0: return c;
    case 1: return -s;
    case 2: return -c;
    default: return s;
  }
}
