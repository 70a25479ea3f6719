// Exp(1) draws by the ziggurat method (Marsaglia & Tsang, "The Ziggurat Method for Generating
// Random Variables", J. Stat. Software 5(8), 2000, REXP): 256 layers of equal area under
// e^-x; a draw picks a layer and a point in it from one 32-bit uniform and, 98.9 % of the
// time, is accepted with one comparison and one product — no logarithm. The rest (a point in
// a layer's curved edge, or the tail beyond r) is decided exactly with exp/log and draws from
// the stream's spare, so the stream itself moves on by exactly one uniform per draw (common
// random numbers stay aligned between variants, as with inversion).
// Tables and rejections use the portable exp/log, so draws are the same on every engine.
// The streams' uniforms are multiples of 2^-32 (Alea), so u·2^32 is an exact 32-bit integer.

import type { Uniform } from '../RandomStreams.ts';
import { exp, log } from '../portableMath.ts';

const TWO32 = 4294967296;
/** Right edge of the base layer, and the area of every layer (the paper's de and ve). */
const R = 7.697117470131487;
const AREA = 3.949659822581572e-3;
/** Rejections before giving up on a source that cannot be random (a test's constant stub). */
const MAX_TRIES = 64;

// KE[i]: accept j below it at once; WE[i]: j·WE[i] is the draw; FE[i] = e^-x_i.
const KE = new Float64Array(256);
const WE = new Float64Array(256);
const FE = new Float64Array(256);
(() => {
  let de = R;
  let te = R;
  const q = AREA / exp(-de);
  KE[0] = (de / q) * TWO32;
  KE[1] = 0;
  WE[0] = q / TWO32;
  WE[255] = de / TWO32;
  FE[0] = 1;
  FE[255] = exp(-de);
  for (let i = 254; i >= 1; i--) {
    de = -log(AREA / de + exp(-de));
    KE[i + 1] = (de / te) * TWO32;
    te = de;
    FE[i] = exp(-de);
    WE[i] = de / TWO32;
  }
})();

/** One Exp(1) draw (mean 1): exactly one uniform from `u`, rarely more from its spare. */
export function standardExponential(u: Uniform): number {
  const j = u.next() * TWO32;
  const i = j & 255;
  if (j < KE[i]!) return j * WE[i]!;
  // The rare draw goes through a typed array: a call's result is a boxed number, and merged
  // with the common draw above it made the optimizing compiler box that one too (a heap
  // number allocated per draw). Read back as a plain double, both stay unboxed.
  EDGE[0] = edge(u.spare ? u.spare() : u, j, i);
  return EDGE[0]!;
}

/** The last rare draw (see standardExponential). */
const EDGE = new Float64Array(1);

/** The rare cases: the tail beyond R, or a point in a layer's curved edge. */
function edge(v: Uniform, first: number, layer: number): number {
  let j = first;
  let i = layer;
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    if (i === 0) return R - log(1 - v.next()); // the tail is R + Exp(1)
    const x = j * WE[i]!;
    if (FE[i]! + v.next() * (FE[i - 1]! - FE[i]!) < exp(-x)) return x;
    j = v.next() * TWO32;
    i = j & 255;
    if (j < KE[i]!) return j * WE[i]!;
  }
  return -log(1 - first / TWO32); // inversion: only a stuck source gets here
}
