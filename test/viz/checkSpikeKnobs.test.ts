// The spike knobs' "at" and "for" are checked as the scenario reader checks a spike, before a
// run: "abc" typed as the spike's time was left to the run, which reported it as a problem at
// the file's line of the spike and did not say which field of the page was wrong.

import { describe, expect, it } from 'vitest';
import { checkSpikeKnobs } from '../../viz/app/checkSpikeKnobs.ts';

const SPIKE = { at: '10:00', duration: '40m', multiplier: 3 };

describe('checkSpikeKnobs', () => {
  it('takes every time and duration the scenario reader takes', () => {
    for (const at of ['10:00', '10:30', '24:00', 'd2 10:00', 'day 1 08:15', '34h', '90m']) {
      expect(checkSpikeKnobs(SPIKE, { at, duration: '40m' }), at).toEqual({});
    }
    for (const duration of ['40m', '1h30m', '90s', '1.5h']) expect(checkSpikeKnobs(SPIKE, { at: '10:00', duration }), duration).toEqual({});
  });

  it('says what is wrong with a bad time or duration, by field', () => {
    expect(checkSpikeKnobs(SPIKE, { at: 'abc', duration: '40m' })).toEqual({
      at: 'expected a time such as "10:00" (day 0), "d2 10:00" or a duration after the start such as "34h", got "abc"',
    });
    expect(checkSpikeKnobs(SPIKE, { at: '25:00', duration: 'soon' })).toEqual({
      at: 'expected a time such as "10:00" (day 0), "d2 10:00" or a duration after the start such as "34h", got "25:00"',
      duration: 'expected a duration such as 90s, 10m, 2h or 1d2h, got "soon"',
    });
    expect(checkSpikeKnobs(SPIKE, { at: '10:00', duration: '0m' })).toEqual({ duration: 'expected a duration more than 0s, got "0m"' });
  });

  it('refuses an emptied field (it was left out, and the run kept the file\'s value)', () => {
    expect(checkSpikeKnobs(SPIKE, { at: ' ', duration: '' })).toEqual({
      at: 'enter a time such as 10:00, d2 10:00 or 34h (the field is empty)',
      duration: 'enter a duration such as 40m (the field is empty)',
    });
  });

  it('says at the duration that a repeating spike must be shorter than its period', () => {
    expect(checkSpikeKnobs({ ...SPIKE, every: '1h' }, { at: '10:00', duration: '2h' })).toEqual({
      duration: 'a repeating spike must be shorter than its period (7200s > 3600s)',
    });
  });
});
