// Erlang B: the stable recursion against the closed form, its edge cases and its input checks.

import { describe, expect, it } from 'vitest';
import { erlangB } from '../../sim/analytic/erlangB.ts';
import { closedFormErlangB } from './independent.ts';

describe('erlangB', () => {
  it('matches the closed form on small systems', () => {
    for (const [n, a] of [[1, 0.5], [5, 3], [14, 10], [30, 25.5], [60, 80]] as const) {
      expect(erlangB(n, a)).toBeCloseTo(closedFormErlangB(n, a), 14);
    }
    expect(erlangB(1, 2)).toBeCloseTo(2 / 3, 15);
  });

  it('handles zero servers, zero load and infinite load', () => {
    expect(erlangB(0, 7)).toBe(1);
    expect(erlangB(0, 0)).toBe(1);
    expect(erlangB(5, 0)).toBe(0);
    expect(erlangB(5, Infinity)).toBe(1);
  });

  it('stays finite and in (0, 1) for thousands of servers, where A^N/N! would overflow', () => {
    const b = erlangB(5000, 4800);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(1);
    expect(erlangB(5001, 4800)).toBeLessThan(b);
  });

  it('answers at once for far more servers than the load (it looped over all of them: 10^11 agents ran for half an hour)', () => {
    // A billion servers: long enough that a loop over all of them fails the time check, not the suite.
    const started = performance.now();
    expect(erlangB(1_000_000_000, 10)).toBe(0);
    expect(erlangB(1_000_000_000, 3_600_000)).toBe(0);
    expect(performance.now() - started).toBeLessThan(2000);
    // Just past the load it is not yet 0, and the early stop changes nothing there.
    expect(erlangB(40, 10)).toBeGreaterThan(0);
    expect(erlangB(40, 10)).toBeCloseTo(closedFormErlangB(40, 10), 14);
  });

  it('rejects non-integer or negative servers and negative or NaN load', () => {
    expect(() => erlangB(2.5, 1)).toThrow(RangeError);
    expect(() => erlangB(-1, 1)).toThrow(/servers/);
    expect(() => erlangB(3, -1)).toThrow(/load/);
    expect(() => erlangB(3, NaN)).toThrow(RangeError);
  });
});
