// A time chart's subtitle says what is drawn: the value at each frame, or — where points are too
// dense for the width and the chart draws buckets — each bucket's mean with its range.

import { describe, expect, it } from 'vitest';
import { capacitySubtitle, queueSubtitle, spanName, subtitleWriter } from '../../viz/views/timeSubtitles.ts';

const live = { live: true, interval: 60, replications: 20 } as const;
const report = { live: false, interval: 60 } as const;

describe('spanName', () => {
  it('names frame intervals and buckets as a reader says them', () => {
    expect([60, 300, 1800, 3600, 14400, 86400, 604800, 2419200, 90].map(spanName))
      .toEqual(['minute', '5 min', '30 min', 'hour', '4 hours', 'day', 'week', '4 weeks', '90 s']);
  });
});

describe('queueSubtitle', () => {
  it('says "at each minute" only while every minute is drawn', () => {
    expect(queueSubtitle(live, null)).toBe('Tickets in queue at each minute, the first of 20 replications played back; the dashed line is the time shown.');
    const bucketed = queueSubtitle(live, 3600);
    expect(bucketed).toBe('Tickets in queue, mean per hour with the range (min–max) shaded, the first of 20 replications played back; the dashed line is the time shown.');
    expect(bucketed).not.toMatch(/each minute/);
  });

  it('says per what a report\'s means are drawn', () => {
    expect(queueSubtitle(report, null)).toBe('Mean number of tickets waiting per minute, averaged over the replications.');
    expect(queueSubtitle(report, 1800)).toBe('Mean number of tickets waiting per 30 min, averaged over the replications, with the range (min–max) of the means per minute shaded.');
  });
});

describe('capacitySubtitle', () => {
  const heldOff = ' Work held off capacity (agents off shift, on a break or without capacity on the channel) is not counted in use: where there is some, a dotted line.';
  it('says "filled" only while the busy units are drawn as an area, not as a bucket\'s mean over its range', () => {
    expect(capacitySubtitle(live, null)).toBe('Units of capacity in use (filled) and available from agents whose status allows the channel (dashed), at each minute, the first of 20 replications played back.' + heldOff);
    expect(capacitySubtitle(live, 604800)).toBe('Units of capacity in use (solid line, with the min–max shaded) and available from agents whose status allows the channel (dashed), mean per week, the first of 20 replications played back.' + heldOff);
    expect(capacitySubtitle(report, null)).toBe('Mean units of capacity in use (filled) and available (dashed) per minute, averaged over the replications.' + heldOff);
    expect(capacitySubtitle({ live: false, interval: 14400 }, 86400)).toBe('Mean units of capacity in use (solid line, with the min–max of the means per 4 hours shaded) and available (dashed) per day, averaged over the replications.' + heldOff);
  });
  it('names one replication as the only one, as the queue chart does', () => {
    expect(capacitySubtitle({ ...live, replications: 1 }, null)).toContain('at each minute, the only replication played back.');
  });
});

describe('subtitleWriter', () => {
  it('rewrites the subtitle when the source or the drawn bucket changes, in either order', () => {
    const el = { textContent: '' } as HTMLElement;
    const w = subtitleWriter(el, queueSubtitle);
    w.bucket(1800); // the chart drew before the source was told: nothing to say yet
    expect(el.textContent).toBe('');
    w.source(live);
    expect(el.textContent).toMatch(/^Tickets in queue, mean per 30 min with the range/);
    w.bucket(null); // the window grew wide enough for every minute
    expect(el.textContent).toMatch(/^Tickets in queue at each minute,/);
  });
});
