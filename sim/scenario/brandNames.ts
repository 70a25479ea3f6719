// The brands of a scenario (R7): those its channels' tickets have, in first-seen order
// (channels messaging, email, voice). Teams may only name these.

import type { Scenario } from './Scenario.ts';

export function brandNames(sc: Pick<Scenario, 'channels'>): string[] {
  const seen: string[] = [];
  for (const c of sc.channels) for (const b of c.brands) if (!seen.includes(b.brand)) seen.push(b.brand);
  return seen;
}
