// Side by side, a channel's wait histograms in the two panels show the same bins on the same
// y scale: each reports what it would show alone, and draws the largest of both.

import { describe, expect, it } from 'vitest';
import { ownExtent, sharedExtent } from '../../viz/views/histogramExtent.ts';
import { SharedDomain } from '../../viz/views/SharedDomain.ts';

/** Shares over 23 bins (WAIT_BIN_EDGES and the open bin), the first ones given. */
const shares = (...first: number[]) => [...first, ...Array<number>(23 - first.length).fill(0)];

describe('ownExtent', () => {
  it('shows one empty bin after the last answered one and after the threshold, at least 7', () => {
    expect(ownExtent(shares(0, 0.5, 0.3, 0.2), 2).bins).toBe(7);
    expect(ownExtent(shares(0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2), 2).bins).toBe(11);
    expect(ownExtent(shares(0, 0.5, 0.5), 12).bins).toBe(14);
    expect(ownExtent(shares(0.2, 0.2, 0.2, 0.2, 0.2), 22).bins).toBe(23); // never past the last bin
  });

  it('tops at the tallest bar, at least 5 %, or cuts a bar more than 3× the next at 1.4× the next', () => {
    expect(ownExtent(shares(0.25, 0.5, 0.25), 3).top).toBe(0.5);
    expect(ownExtent(shares(0.01, 0.02), 3).top).toBe(0.05);
    expect(ownExtent(shares(0.9, 0.05, 0.05), 3).top).toBeCloseTo(0.07);
    expect(ownExtent(shares(), 3)).toEqual({ bins: 7, top: 0.05 }); // nothing answered
  });
});

describe('sharedExtent', () => {
  it('gives both panels the most bins and the highest top of the channel, and redraws the one drawn first', () => {
    const shared = new SharedDomain();
    let redrawsOfA = 0;
    const a = shared.join(() => redrawsOfA++);
    const b = shared.join(() => {});
    // Inbox pull vs push, email: one panel answers nearly all at once (its bar cut), the other waits.
    const push = ownExtent(shares(0.964, 0.002, 0.002, 0.004, 0.004, 0.005, 0.004, 0.005, 0.003, 0.006, 0.002, 0.001), 18);
    const pull = ownExtent(shares(0, 0.08, 0.11, 0.25, 0.14, 0.09, 0.05, 0.07, 0.06, 0.08, 0.06, 0.01, 0.001), 18);
    expect(push).toEqual({ bins: 20, top: 0.05 }); // its bar cut at 1.4 × 0.6 %, raised to the 5 % floor
    expect(pull.top).toBe(0.25);
    expect(sharedExtent(a, 'email', push)).toEqual(push); // alone so far: its own
    expect(sharedExtent(b, 'email', { ...pull, bins: 22 })).toEqual({ bins: 22, top: 0.25 });
    expect(redrawsOfA).toBe(2); // both the bins and the top grew
    expect(sharedExtent(a, 'email', push)).toEqual({ bins: 22, top: 0.25 });
    expect(sharedExtent(a, 'messaging', { bins: 13, top: 0.5 })).toEqual({ bins: 13, top: 0.5 }); // per channel
    b.leave();
    expect(sharedExtent(a, 'email', push)).toEqual(push);
  });

  it('is the histogram\'s own extent when nothing is shared (one panel, the HTML report)', () => {
    const own = { bins: 9, top: 0.3 };
    expect(sharedExtent(null, 'voice', own)).toBe(own);
  });
});
