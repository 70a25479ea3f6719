// Every { mean, ci95 } with a mean in a report (or any tree of them), with its path, for tests
// that check each figure against its metric's range.

import type { Estimate } from '../../sim/metrics/Estimate.ts';

export function* reportEstimates(o: unknown, path = ''): Generator<[string, Estimate]> {
  if (!o || typeof o !== 'object' || ArrayBuffer.isView(o)) return;
  if ('ci95' in o && 'mean' in o) {
    if ((o as Estimate).mean !== null) yield [path, o as Estimate];
    return;
  }
  for (const [k, v] of Object.entries(o)) yield* reportEstimates(v, path ? `${path}.${k}` : k);
}
