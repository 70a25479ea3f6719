// How figures read in the CLI tables and the page's tiles: counts grouped by thousands,
// percentages, durations, rates, and "mean ± half-width" with a precision that shows the
// interval.

import { describe, expect, it } from 'vitest';
import { formatEstimate, formatValue, groupThousands } from '../../sim/cli/formatEstimate.ts';
import { reportJson } from '../../sim/run/Report.ts';
import { unitOf } from '../../sim/run/metricUnit.ts';
import { runFile } from '../support/scenarios.ts';
import { reportEstimates } from '../support/reportEstimates.ts';

describe('formatValue', () => {
  it.each([0, 7, 999, 1000, 12345, 999999, 1000000, -1234567, 123456789012])('groups %d as en-US does', (n) => {
    expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
  });
  it('reads each unit', () => {
    expect(formatValue(139359.1, 'count')).toBe('139,359');
    expect(formatValue(2.5, 'count')).toBe('2.5');
    expect(formatValue(0.8866, 'percent')).toBe('88.7%');
    expect(formatValue(0.0004, 'percent')).toBe('0.040%');
    expect(formatValue(7.97, 'seconds')).toBe('7.97s');
    expect(formatValue(200.228, 'rate')).toBe('200.2/h');
    // A difference of two shares, in percentage points (compare): "-0.5%" read as a relative change.
    expect(formatValue(-0.005, 'points')).toBe('-0.5 pp');
    expect(formatValue(0.0004, 'points')).toBe('0.040 pp');
  });
});

describe('formatEstimate', () => {
  it('shows the mean ± the half-width of the 95 % interval, or a dash without a mean', () => {
    expect(formatEstimate({ mean: 0.8867, ci95: [0.8832, 0.8902] } as never, 'percent')).toBe('88.7% ± 0.4%');
    // An interval narrower than 0.1 points gets a second decimal, so it does not read as ± 0.0 %.
    expect(formatEstimate({ mean: 0.8867, ci95: [0.8862, 0.8872] } as never, 'percent')).toBe('88.67% ± 0.050%');
    expect(formatEstimate({ mean: 12, ci95: [12, 12] } as never, 'count')).toBe('12');
    expect(formatEstimate(undefined, 'count')).toBe('—');
  });
  it('gives a plain number and its half-width the same decimals, set by the half-width', () => {
    expect(formatEstimate({ mean: 13.9, ci95: [13.9 - 1.545, 13.9 + 1.545] } as never, 'number')).toBe('13.9 ± 1.5');
    expect(formatEstimate({ mean: 4.75, ci95: [4.75 - 0.546, 4.75 + 0.546] } as never, 'number')).toBe('4.75 ± 0.55');
    expect(formatEstimate({ mean: 0.1144, ci95: [0.0914, 0.1374] } as never, 'number')).toBe('0.114 ± 0.023');
    expect(formatEstimate({ mean: 139.4, ci95: [127.4, 151.4] } as never, 'number')).toBe('139 ± 12');
    // Without an interval a whole number is shown whole (a queue's max length in one replication read "3.000").
    expect(formatEstimate({ mean: 2, ci95: [2, 2] } as never, 'number')).toBe('2');
    // Thousands grouped as counts are: a growing queue's "7419 ± 1792" sat beside "14,482" unanswered.
    expect(formatEstimate({ mean: 7419.4, ci95: [7419.4 - 1792.2, 7419.4 + 1792.2] } as never, 'number')).toBe('7,419 ± 1,792');
    expect(formatEstimate({ mean: 14495, ci95: [14495, 14495] } as never, 'number')).toBe('14,495');
    expect(formatEstimate({ mean: 1234.56, ci95: [1234.56 - 0.05, 1234.56 + 0.05] } as never, 'number')).toBe('1,234.560 ± 0.050');
    expect(formatValue(-12345.67, 'number')).toBe('-12,345.7');
    expect(formatEstimate({ mean: 0.4353, ci95: [0.4353, 0.4353] } as never, 'number')).toBe('0.435');
  });
  it('shows an interval cut at the edge of its metric\'s range by its ends, not as a ± it no longer is', () => {
    // abandon rate 0.035 % with half-width 0.043 %: cut at 0 (Estimate.ts)
    expect(formatEstimate({ mean: 0.00035, ci95: [0, 0.00078] } as never, 'percent')).toBe('0.035% (0–0.078%)');
    expect(formatEstimate({ mean: 0.995, ci95: [0.987, 1] } as never, 'percent')).toBe('99.5% (98.7–100.0%)');
    expect(formatEstimate({ mean: 0.24, ci95: [0, 0.52] } as never, 'seconds')).toBe('0.24s (0–0.52s)');
    expect(formatEstimate({ mean: 0.6, ci95: [0, 1.5] } as never, 'number')).toBe('0.60 (0–1.50)');
    // A symmetric interval whose ends went through floating point is still shown with ±.
    const m = 0.1, h = 0.07;
    expect(formatEstimate({ mean: m, ci95: [m - h, m + h] } as never, 'percent')).toBe('10.0% ± 7.0%');
  });
});

describe('a figure that rounds to zero', () => {
  it('is printed as zero, never "-0.0%" (a paired difference just below zero, in every unit)', () => {
    expect(formatEstimate({ mean: -0.000004, ci95: [-0.003, 0.002992] } as never, 'percent')).toBe('0.0% ± 0.3%');
    expect(formatEstimate({ mean: -0.00002, ci95: [-0.07, 0.06996] } as never, 'rate')).toBe('0.00/h ± 0.070/h');
    expect(formatEstimate({ mean: -0.004, ci95: [-0.2, 0.192] } as never, 'seconds')).toBe('0.00s ± 0.20s');
    expect(formatValue(-0.04, 'count')).toBe('0.0');
    expect(formatValue(-0.0001, 'number')).toBe('0.000');
    expect(formatValue(-0.0000004, 'percent')).toBe('0.0%');
    // A value that does not round to zero keeps its sign, with the precision a positive one gets.
    expect(formatValue(-0.0004, 'percent')).toBe('-0.040%');
    expect(formatValue(-1.25, 'seconds')).toBe('-1.25s');
  });
  it('a small rate and its interval show their digits: not "0.0/h (0–0.0/h)"', () => {
    expect(formatEstimate({ mean: 0.0125, ci95: [0, 0.0394] } as never, 'rate')).toBe('0.013/h (0–0.039/h)');
    expect(formatValue(0.02, 'rate')).toBe('0.020/h');
    expect(formatValue(0, 'rate')).toBe('0.0/h');
    // Rates of a tenth an hour and more read as before.
    expect(formatEstimate({ mean: 39.7, ci95: [37.2, 42.2] } as never, 'rate')).toBe('39.7/h ± 2.5/h');
  });
});

describe('an interval of float rounding alone', () => {
  it('is no interval: replications that all gave one value print that value, not "99.62% ± 0.000%"', () => {
    const m = 0.9962;
    expect(formatEstimate({ mean: m, ci95: [m - 1e-17, m + 1e-17] } as never, 'percent')).toBe('99.6%');
    expect(formatEstimate({ mean: 265, ci95: [265 - 3e-14, 265 + 3e-14] } as never, 'count')).toBe('265');
    // A real interval, however narrow, is kept.
    expect(formatEstimate({ mean: m, ci95: [m - 1e-5, m + 1e-5] } as never, 'percent')).toBe('99.62% ± 0.001%');
  });
});

describe('an interval read back from a written report (figures to six significant digits)', () => {
  // The HTML report formats the report's JSON, whose ends and mean are rounded apart: a
  // symmetric interval came out a few units of the sixth digit lopsided and was shown by its
  // ends as if cut at 0 or 100 % ("service level 93.7% (92.5–95.0%)" where the table of the
  // same run says "93.7% ± 1.3%").
  it('reads as it does from the run itself, figure by figure', () => {
    const report = runFile('multichannel-day.yaml', { replications: 6 });
    const written = JSON.parse(reportJson(report)) as unknown;
    const direct = new Map([...reportEstimates(report)].map(([path, e]) => [path, formatEstimate(e, unitOf(path))]));
    const read = [...reportEstimates(written)].filter(([path]) => direct.has(path));
    expect(read.length).toBeGreaterThan(100);
    const differ = read.map(([path, e]) => [path, direct.get(path), formatEstimate(e, unitOf(path))]).filter(([, a, b]) => a !== b);
    expect(differ).toEqual([]);
  });

  it('still shows an interval cut at 0 by its ends', () => {
    expect(formatEstimate({ mean: 0.000180123, ci95: [0, 0.000461234] } as never, 'percent')).toBe('0.018% (0–0.046%)');
  });
});
