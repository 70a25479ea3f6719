// N(0, 1) draws by the ziggurat method (Marsaglia & Tsang, "The Ziggurat Method for Generating
// Random Variables", J. Stat. Software 5(8), 2000, RNOR): 128 layers of equal area under
// e^(-x²/2); one 32-bit uniform, read as a signed integer, gives the sign, a layer and a point
// in it, and 98.8 % of the time the point is accepted with one comparison and one product —
// no logarithm, square root or cosine (Box–Muller, used before, spent ≈ 10 % of a messaging
// centre's instructions in them). The rest (a point in a layer's curved edge, or the tail
// beyond r) is decided exactly with exp/log and draws from the stream's spare, so the stream
// itself moves on by exactly one uniform per draw (common random numbers stay aligned between
// variants). Tables and rejections use the portable exp/log: the same draws on every engine.
// The streams' uniforms are multiples of 2^-32 (Alea), so u·2^32 is an exact 32-bit integer.

import type { Uniform } from '../RandomStreams.ts';
import { exp, log } from '../portableMath.ts';

const TWO31 = 2147483648;
const TWO32 = 4294967296;
/** Right edge of the base layer, and the area of every layer (the paper's dn and vn). */
const R = 3.442619855899;
const AREA = 9.91256303526217e-3;
/** Rejections before giving up on a source that cannot be random (a test's constant stub). */
const MAX_TRIES = 64;

// KN[i]: accept |j| below it at once; WN[i]: j·WN[i] is the draw; FN[i] = e^(-x_i²/2).
const KN = new Float64Array(128);
const WN = new Float64Array(128);
const FN = new Float64Array(128);
(() => {
  let dn = R;
  let tn = R;
  const q = AREA / exp(-0.5 * dn * dn);
  KN[0] = (dn / q) * TWO31;
  KN[1] = 0;
  WN[0] = q / TWO31;
  WN[127] = dn / TWO31;
  FN[0] = 1;
  FN[127] = exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = Math.sqrt(-2 * log(AREA / dn + exp(-0.5 * dn * dn)));
    KN[i + 1] = (dn / tn) * TWO31;
    tn = dn;
    FN[i] = exp(-0.5 * dn * dn);
    WN[i] = dn / TWO31;
  }
})();

/** One N(0, 1) draw: exactly one uniform from `u`, rarely more from its spare. */
export function standardNormal(u: Uniform): number {
  const j = (u.next() * TWO32) | 0; // signed: the sign of the draw
  const i = j & 127;
  if (Math.abs(j) < KN[i]!) return j * WN[i]!;
  // Through a typed array, as in standardExponential: a call's boxed result merged with the
  // common draw would make the optimizing compiler box that one too.
  EDGE[0] = edge(u.spare ? u.spare() : u, j, i);
  return EDGE[0]!;
}

/** The last rare draw (see standardNormal). */
const EDGE = new Float64Array(1);

/** The rare cases: the tail beyond ±R, or a point in a layer's curved edge. */
function edge(v: Uniform, first: number, layer: number): number {
  let j = first;
  let i = layer;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    if (i === 0) {
      // The tail beyond R (Marsaglia 1964): x = −ln(U₁)/R accepted when −2 ln(U₂) ≥ x².
      let x: number, y: number;
      let n = 0;
      do {
        x = -log(1 - v.next()) / R;
        y = -log(1 - v.next());
      } while (y + y < x * x && ++n < MAX_TRIES);
      return j > 0 ? R + x : -R - x;
    }
    const x = j * WN[i]!;
    if (FN[i]! + v.next() * (FN[i - 1]! - FN[i]!) < exp(-0.5 * x * x)) return x;
    j = (v.next() * TWO32) | 0;
    i = j & 127;
    if (Math.abs(j) < KN[i]!) return j * WN[i]!;
  }
  return first * WN[layer]!; // a point of the first layer: only a stuck source gets here
}
