// The files omnisim writes round figures one way (--json and --csv alike): float noise such as
// a day's integral of 200/h (200.00000000016001) never reaches a spreadsheet, counts stay exact.

import { describe, it, expect } from 'vitest';
import { writtenFigure, csvCell, csvLine } from '../../sim/run/writtenFigures.ts';
import { staffingCsv } from '../../sim/cli/formatStaffing.ts';
import type { StaffingResult } from '../../sim/run/staffing.ts';

describe('writtenFigure', () => {
  it('rounds to 6 significant digits, or the digits asked for', () => {
    expect(writtenFigure(200.00000000016001)).toBe(200);
    expect(writtenFigure(1 / 3)).toBe(0.333333);
    expect(writtenFigure(-2 / 3)).toBe(-0.666667);
    expect(writtenFigure(0.1 + 0.2)).toBe(0.3);
    expect(writtenFigure(123456.789)).toBe(123457);
    expect(writtenFigure(1 / 3, 4)).toBe(0.3333);
  });

  it('keeps whole numbers exact (a ticket count of 10,183,457 is not 10,183,500)', () => {
    expect(writtenFigure(10_183_457)).toBe(10_183_457);
    expect(writtenFigure(0)).toBe(0);
  });

  it('gives null for a number that is not finite (no figure)', () => {
    expect([writtenFigure(NaN), writtenFigure(Infinity), writtenFigure(-Infinity)]).toEqual([null, null, null]);
  });
});

describe('csvCell and csvLine', () => {
  it('write numbers as written figures, and no figure as an empty cell', () => {
    expect(csvLine([200.00000000016001, 1 / 3, 10_183_457, NaN, null, undefined, true])).toBe('200,0.333333,10183457,,,,true');
  });

  it('quote text holding a comma, a quote or a line break, and write objects as JSON', () => {
    expect(csvCell('Spike, morning')).toBe('"Spike, morning"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell({ messaging: 2 })).toBe('"{""messaging"":2}"');
  });
});

describe('staff --csv', () => {
  it('gives arrivals per hour as the rate, not its floating-point integral (was 200.00000000016001)', () => {
    const result = {
      by: 'interval',
      rows: [{
        from: 0, to: 1800, arrivalsPerHour: { voice: 200.00000000016001 }, erlangAgents: 14, requiredAgents: 14, scheduledAgents: 14, met: true, intervalCrossesTarget: [],
        simulated: { voice: {
          serviceLevel: { mean: 0.8880181234, ci95: [0.8851234567, 0.8909128] }, asaSeconds: { mean: 7.752941, ci95: null }, abandonRate: { mean: 0, ci95: [0, 0] },
          occupancy: { mean: 0.71473812, ci95: [0.7123456789, 0.7171305611] }, heldOffCapacity: { mean: 0, ci95: [0, 0] },
        } },
      }],
    } as unknown as StaffingResult;
    // Each figure with its interval's ends, six digits too (an ASA one replication gave has none: empty);
    // a met row has no interval crossing, and no not_met_because or levels_off_from_agents.
    expect(staffingCsv(result).split('\n')[1]).toBe('0,1800,200,14,14,14,0.888018,0.885123,0.890913,7.75294,,,0,0,0,0.714738,0.712346,0.717131,0,0,0,true,,,');
  });
});
