// A standard normal draw by Box–Muller. The second variate is discarded on purpose: one
// call always consumes exactly two uniforms, so streams stay aligned between variants.

import type { Uniform } from '../RandomStreams.ts';
import { cosTurn, log } from '../portableMath.ts';

export function standardNormal(u: Uniform): number {
  const r = Math.sqrt(-2 * log(1 - u.next()));
  return r * cosTurn(u.next());
}
