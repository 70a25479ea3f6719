// With one replication (the replications knob at 1, or a file's `replications: 1`) the views
// said "Mean over 1 replications ± half-width of its 95% confidence interval", "the first of 1
// replications played back" and "(mean over 1 replications)": one replication has no mean over
// several and no interval. They now name it as one.

import { describe, expect, it } from 'vitest';
import { meanOver, playedOf, tilesSubtitle } from '../../viz/views/replicationWords.ts';
import { queueSubtitle } from '../../viz/views/timeSubtitles.ts';

describe('naming the replications', () => {
  it('one replication: no "1 replications", no mean over it, no interval', () => {
    for (const text of [meanOver(1), playedOf(1), tilesSubtitle(1), queueSubtitle({ live: true, interval: 60, replications: 1 }, null)]) {
      expect(text).not.toMatch(/1 replications/);
      expect(text).not.toMatch(/half-width|95%/);
    }
    expect(tilesSubtitle(1)).toBe('Figures of one replication, with no confidence interval (it takes two or more). Where the Erlang formulas describe a channel, their figure is shown beside it.');
    expect(queueSubtitle({ live: true, interval: 60, replications: 1 }, null)).toBe('Tickets in queue at each minute, the only replication played back; the dashed line is the time shown.');
    expect(meanOver(1)).toBe('one replication');
  });

  it('several: the mean over them and its interval, as before', () => {
    expect(tilesSubtitle(20)).toBe('Mean over 20 replications ± half-width of its 95% confidence interval (its ends where it is cut at 0 or 100%). Where the Erlang formulas describe a channel, their figure is shown beside it.');
    expect(meanOver(2)).toBe('mean over 2 replications');
    expect(playedOf(20)).toBe('the first of 20 replications');
  });
});
