// Replications → estimates: numbers become { mean, ci95 }, series their bucket-wise mean,
// keys missing from some replications count as zeros there, strings are kept.

import { describe, it, expect } from 'vitest';
import { aggregate } from '../../sim/run/aggregate.ts';
import type { Estimate } from '../../sim/metrics/Estimate.ts';

/** t(0.975; 2) in closed form: (2p − 1) / √(2p(1 − p)). */
const T2 = 0.95 / Math.sqrt(2 * 0.975 * 0.025);

describe('aggregate', () => {
  it('numbers → mean and 95 % interval over replications', () => {
    const e = aggregate([1, 2, 3]) as Estimate;
    expect(e.mean).toBe(2);
    // sd 1, se 1/√3
    expect(e.ci95![0]).toBeCloseTo(2 - T2 / Math.sqrt(3), 9);
    expect(e.ci95![1]).toBeCloseTo(2 + T2 / Math.sqrt(3), 9);
  });

  it('an interval is cut to the range its metric can take, by the metric\'s name', () => {
    // Two replications: t(0.975; 1) = 12.7, so the symmetric interval reaches far past 0 and 1.
    const out = aggregate([
      { abandonRate: 0.001, serviceLevel: 0.99, resolvedShare: 0.5, occupancy: 0.5, asaSeconds: 1, offered: 3 },
      { abandonRate: 0.002, serviceLevel: 1, resolvedShare: 0.6, occupancy: 1.5, asaSeconds: 2, offered: 5 },
    ]) as Record<string, Estimate>;
    expect(out.abandonRate!.ci95![0]).toBe(0); // a share: [0, 1]
    expect(out.serviceLevel!.ci95![1]).toBe(1);
    expect(out.resolvedShare!.ci95).toEqual([0, 1]);
    expect(out.asaSeconds!.ci95![0]).toBe(0); // a wait and a count: never negative, no upper end
    expect(out.offered!.ci95![0]).toBe(0);
    expect(out.offered!.ci95![1]).toBeCloseTo(4 + 12.706204736 * 1, 6);
    // Occupancy can pass 100 % (manual assignment past capacity, R29): cut at 0 only.
    expect(out.occupancy!.ci95![0]).toBe(0);
    expect(out.occupancy!.ci95![1]).toBeCloseTo(1 + 12.706204736 * 0.5, 6);
    // The mean is not moved, and an interval inside the range is not cut.
    expect(out.abandonRate!.mean).toBeCloseTo(0.0015, 12);
    const narrow = aggregate([{ serviceLevel: 0.5 }, { serviceLevel: 0.52 }, { serviceLevel: 0.51 }]) as Record<string, Estimate>;
    expect(narrow.serviceLevel!.ci95![0]).toBeCloseTo(0.51 - T2 * 0.01 / Math.sqrt(3), 12);
  });

  it('numbers nested in objects, NaN left out of an estimate', () => {
    const out = aggregate([
      { voice: { offered: 10, asaSeconds: NaN } },
      { voice: { offered: 14, asaSeconds: 4 } },
    ]) as { voice: { offered: Estimate; asaSeconds: Estimate } };
    expect(out.voice.offered.mean).toBe(12);
    expect(out.voice.offered.ci95![1] - 12).toBeCloseTo(2 * Math.tan(0.475 * Math.PI), 9); // sd 2√2, se 2
    expect(out.voice.asaSeconds).toEqual({ mean: 4, ci95: null });
  });

  it('Float64Array → bucket-wise mean, still a Float64Array', () => {
    const out = aggregate([Float64Array.of(1, 2, 0), Float64Array.of(3, 6, 0), Float64Array.of(2, 1, 3)]);
    expect(out).toBeInstanceOf(Float64Array);
    expect(Array.from(out as Float64Array)).toEqual([2, 3, 1]);
  });

  it('does not change the replications’ arrays', () => {
    const a = Float64Array.of(1, 2);
    aggregate([a, Float64Array.of(3, 4)]);
    expect(Array.from(a)).toEqual([1, 2]);
  });

  it('arrays of numbers → element-wise mean', () => {
    expect(aggregate([[1, 2], [3, 6]])).toEqual([2, 4]);
  });

  it('a key present in only some replications counts as 0 in the others', () => {
    const out = aggregate([
      { queues: { Chat: { channel: 'messaging', entered: 6, series: Float64Array.of(2, 4) } } },
      { queues: {} },
      { queues: { Chat: { channel: 'messaging', entered: 3, series: Float64Array.of(1, 2) } } },
    ]) as { queues: { Chat: { channel: string; entered: Estimate; series: Float64Array } } };
    expect(out.queues.Chat.channel).toBe('messaging');
    expect(out.queues.Chat.entered.mean).toBe(3); // (6 + 0 + 3) / 3
    expect(out.queues.Chat.entered.ci95![1] - 3).toBeCloseTo(T2 * Math.sqrt(3), 9); // sd 3, se √3
    expect(Array.from(out.queues.Chat.series)).toEqual([1, 2]); // ([2,4] + 0 + [1,2]) / 3
  });

  it('a key missing from the first replication is still aggregated', () => {
    const out = aggregate([{}, { n: 4 }]) as { n: Estimate };
    expect(out.n.mean).toBe(2);
  });

  it('strings and other plain values are kept (from the first replication)', () => {
    expect(aggregate(['a', 'b'])).toBe('a');
    expect(aggregate([{ name: 'x', ok: true }, { name: 'x', ok: true }])).toEqual({ name: 'x', ok: true });
    expect(aggregate([['a', 'b'], ['a', 'b']])).toEqual(['a', 'b']);
    expect(aggregate([null, null])).toBe(null);
  });
});
