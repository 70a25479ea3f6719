// The page's playback clock: seeking stays within what the run has streamed and its horizon.

import { describe, expect, it } from 'vitest';
import { Playback } from '../../viz/app/Playback.ts';

describe('Playback.seek', () => {
  it('stops at the time streamed so far: the state after it is not known yet', () => {
    let streamed = 1000;
    const p = new Playback(() => streamed, () => 5000);
    p.seek(3000);
    expect(p.time$.value).toBe(1000);
    streamed = 5000;
    p.seek(3000);
    expect(p.time$.value).toBe(3000);
  });

  it('never goes before the start nor past the horizon', () => {
    const p = new Playback(() => 9000, () => 5000);
    p.seek(-5);
    expect(p.time$.value).toBe(0);
    p.seek(7000);
    expect(p.time$.value).toBe(5000);
    expect(p.end).toBe(5000);
  });
});
