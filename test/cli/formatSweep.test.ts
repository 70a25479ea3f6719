// The sweep table's column heads: the shortest end of each path that tells it apart from the
// other columns, never splitting inside brackets (queue and team names may hold dots).

import { describe, expect, it } from 'vitest';
import { formatSweep, shortNames } from '../../sim/cli/formatSweep.ts';

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

describe('formatSweep', () => {
  it('marks a figure only one replication of the point measured, with a footnote (it read as a mean)', () => {
    const r = {
      sweep: 's', scenario: 's.yaml', replications: 10, grid: [{ path: 'agents[chat].count', values: [4] }],
      points: [{ index: 0, values: { 'agents[chat].count': 4 }, metrics: { 'channels.messaging.asaSeconds': { mean: 462, ci95: null } } }],
    };
    const text = formatSweep(r, ['channels.messaging.asaSeconds']);
    expect(text).toMatch(/^0 +4 +7m 42s ¹$/m);
    expect(text).toContain('¹ only one replication had anything to measure it by: its one value, not a mean with an interval\n');
  });

  it('says under the table why a figure shows "—", as run does, and only when one does', () => {
    const point = (index: number, n: number, asa: number | null) => ({
      index, values: { 'agents[phones].count': n },
      metrics: { 'channels.voice.asaSeconds': { mean: asa, ci95: null }, 'channels.voice.occupancy': { mean: asa === null ? null : 0.7, ci95: null } },
    });
    const r = { sweep: 's', scenario: 's.yaml', replications: 1, grid: [{ path: 'agents[phones].count', values: [0, 14] }], points: [point(0, 0, null), point(1, 14, 3)] };
    const metrics = ['channels.voice.asaSeconds', 'channels.voice.occupancy'];
    expect(formatSweep(r, metrics)).toContain('— no figure: nothing to measure it by at that point in any replication\n  ASA: no ticket answered\n  occupancy: no agent could take the channel\n');
    expect(formatSweep({ ...r, points: [point(1, 14, 3)] }, metrics)).not.toContain('no figure');
  });
});
