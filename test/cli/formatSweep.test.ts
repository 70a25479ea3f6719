// The sweep table's column heads: the shortest end of each path that tells it apart from the
// other columns, never splitting inside brackets (queue and team names may hold dots).

import { describe, expect, it } from 'vitest';
import { shortNames } from '../../sim/cli/formatSweep.ts';

describe('shortNames', () => {
  it('keeps as many trailing segments as it takes to tell paths apart, at least `min`', () => {
    expect(shortNames(['channels.messaging.serviceLevel', 'channels.email.serviceLevel', 'sessions.stranded'], 2))
      .toEqual(['messaging.serviceLevel', 'email.serviceLevel', 'sessions.stranded']);
    expect(shortNames(['channels.messaging.serviceLevel', 'windows.during spike.messaging.serviceLevel'], 2))
      .toEqual(['channels.messaging.serviceLevel', 'during spike.messaging.serviceLevel']);
    expect(shortNames(['channels.messaging.arrivals.spikes[0].multiplier'], 1)).toEqual(['multiplier']);
  });
  it('does not split at a dot inside brackets', () => {
    expect(shortNames(['queues[v2.vip].meanLength', 'agents[a.b].count'], 2)).toEqual(['queues[v2.vip].meanLength', 'agents[a.b].count']);
    expect(shortNames(['x.queues[v2.vip].meanLength'], 2)).toEqual(['queues[v2.vip].meanLength']);
  });
  it('a path shorter than `min` stays whole', () => {
    expect(shortNames(['seed'], 2)).toEqual(['seed']);
  });
});
