// A standard normal draw by Box–Muller. The second variate is discarded on purpose: one
// call always consumes exactly two uniforms, so streams stay aligned between variants.

import type { Uniform } from '../RandomStreams.ts';

export function standardNormal(u: Uniform): number {
  const r = Math.sqrt(-2 * Math.log(1 - u.next()));
  return r * Math.cos(2 * Math.PI * u.next());
}
