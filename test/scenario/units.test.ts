// Units a user writes in scenarios and flags: durations, rates, clock times, and the compact
// duration format the CLI prints. Internal units are seconds and events per second.

import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatSpan, parseClock, parseDuration, parseRate } from '../../sim/scenario/units.ts';

/** The error message of a refused input (fails the test if the input was accepted). */
function refusal(r: number | { error: string }): string {
  if (typeof r === 'number') throw new Error(`expected an error, got the value ${r}`);
  return r.error;
}

describe('parseDuration', () => {
  it.each([
    ['90s', 90],
    ['10m', 600],
    ['2h', 7200],
    ['30d', 30 * 86400],
    ['2w', 14 * 86400],
    ['1d2h30m', 86400 + 2 * 3600 + 30 * 60],
    ['1d 2h 30m', 86400 + 2 * 3600 + 30 * 60],
    ['1h 30m', 5400],
    ['1.5h', 5400],
    ['.5h', 1800],
    ['250ms', 0.25],
    ['0s', 0],
    ['90 s', 90],
    ['5 minutes', 300],
    ['3 hours', 10800],
    ['1 day', 86400],
    ['45sec', 45],
    ['  90s  ', 90],
  ])('reads %s as %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBeCloseTo(seconds, 9);
  });

  it('refuses an empty string and says so', () => {
    expect(refusal(parseDuration(''))).toBe('expected a duration such as 90s, 10m or 2h, got an empty string');
    expect(refusal(parseDuration('   '))).toContain('empty string');
  });

  it.each(['10', '180', '10x', '-5m', 'm', '1h30', '1e3s', '1,5h', '1..5h', 'NaNs', 'ten minutes', '5 fortnights'])(
    'refuses %s, quoting it back',
    (text) => {
      const message = refusal(parseDuration(text));
      expect(message).toBe(`expected a duration such as 90s, 10m, 2h or 1d2h, got "${text}"`);
    },
  );
});

describe('parseRate', () => {
  it.each([
    ['200/h', 200 / 3600],
    ['3/m', 3 / 60],
    ['1.6/min', 1.6 / 60],
    ['5000/d', 5000 / 86400],
    ['200/hour', 200 / 3600],
    ['10/s', 10],
    [' 10 / s ', 10],
    ['2/w', 2 / 604800],
    ['0/h', 0],
  ])('reads %s as %f per second', (text, perSecond) => {
    expect(parseRate(text)).toBeCloseTo(perSecond, 12);
  });

  it.each(['200', '200/', '/h', '200/x', '-1/h', '200 per hour', '1/2h', '1e3/h', 'fast', ''])(
    'refuses "%s", quoting it back',
    (text) => {
      expect(refusal(parseRate(text))).toBe(`expected a rate such as 200/h or 3/m, got "${text}"`);
    },
  );
});

describe('parseClock', () => {
  it.each([
    ['09:30', 9 * 3600 + 30 * 60],
    ['9:30', 9 * 3600 + 30 * 60],
    ['00:00', 0],
    ['10:30:15', 10 * 3600 + 30 * 60 + 15],
    [' 08:15 ', 8 * 3600 + 15 * 60],
    ['24:00', 86400],
  ])('reads %s as %d seconds after midnight', (text, seconds) => {
    expect(parseClock(text)).toBe(seconds);
  });

  it.each(['24:01', '10:60', '25:00', '10:30:60'])('refuses %s as out of range', (text) => {
    expect(refusal(parseClock(text))).toBe(`"${text}" is not a time of day between 00:00 and 24:00`);
  });

  it.each(['1030', '9:5', '123:00', 'ab', '', '10h'])('refuses "%s" as not a clock time', (text) => {
    expect(refusal(parseClock(text))).toBe(`expected a time of day such as 09:30, got "${text}"`);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [0.25, '0.25s'],
    [7.84, '7.84s'],
    [12.34, '12.3s'],
    [60, '1m'],
    [600, '10m'],
    [90, '1m 30s'],
    [267, '4m 27s'],
    [3600, '1h'],
    [7500, '2h 05m'],
    [86400, '1d'],
    [3 * 86400 + 4 * 3600, '3d 4h'],
    [30 * 86400, '30d'],
    [-90, '-1m 30s'],
  ])('formats %d s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('passes non-finite values through', () => {
    expect(formatDuration(Number.NaN)).toBe('NaN');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('round-trips with parseDuration for whole units', () => {
    for (const text of ['45s', '10m', '1h', '1d', '30d']) expect(formatDuration(parseDuration(text) as number)).toBe(text);
  });

  // Regression: each part used to be rounded without carrying into the next unit, so 119.5 s
  // printed "1m 60s", 3599.6 s "59m 60s", 7170 s "1h 60m", 1 d 23.5 h "1d 24h" and 59.99 s
  // "60.0s".
  it('carries rounding into the next unit (never "60s", "60m", "24h" or "60.0s")', () => {
    const shown = [59.99, 119.5, 3599.6, 7170, 86400 + 23.5 * 3600].map((x) => formatDuration(x));
    expect(shown.filter((text) => /(^|\D)60(\.0)?[sm]|(^|\D)24h/.test(text))).toEqual([]);
    expect(shown).toEqual(['1m', '2m', '1h', '2h', '2d']);
  });

  it.each([
    [9.994, '9.99s'],
    [9.996, '10.0s'],
    [59.94, '59.9s'],
    [59.96, '1m'],
    [3599.4, '59m 59s'],
    [3599.5, '1h'],
    [86369, '23h 59m'],
    [86370, '1d'],
    [86400 + 23.4 * 3600, '1d 23h'],
    [-119.5, '-2m'],
  ])('carries at the edge: %d s as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatClock', () => {
  it('gives the day index and the clock time', () => {
    expect(formatClock(0)).toBe('d0 00:00:00');
    expect(formatClock(10 * 3600 + 5 * 60)).toBe('d0 10:05:00');
    expect(formatClock(2 * 86400 + 10 * 3600 + 30)).toBe('d2 10:00:30');
  });
});

describe('formatSpan', () => {
  const h = 3600;
  it.each([
    [10.5 * h, 11.25 * h, 0, '10:30–11:15'],
    [10 * h, 24 * h, 0, '10:00–24:00'],
    [86400 + 8 * h, 86400 + 9 * h, 0, 'd1 08:00–09:00'],
    [11.25 * h, 365 * 86400, 0, 'd0 11:15–d365 00:00'],
    [10.5 * h, 11.25 * h, 7 * 86400, '10:30–11:15 every 7d'],
    [0, 1800, 86400, '00:00–00:30 daily'],
  ])('%d–%d every %d s reads %s', (from, to, every, text) => {
    expect(formatSpan(from, to, every)).toBe(text);
  });
});
