// Shift hours across midnight: "18:00-08:00" is refused saying how to write it (day by day), and
// written so, the night is one stretch on shift — no shift end at midnight.

import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';
import type { SimEvent } from '../../sim/model/events.ts';

const scenario = (shift: string) => `horizon: 2d\nreplications: 1\nchannels:\n  voice: { arrivals: 20/h, handleTime: 3m }\n` +
  `agents:\n  - { team: night, count: 2, capacity: { voice: 1 }, shift: ${shift} }\n  - { team: day, count: 2, capacity: { voice: 1 } }\n`;

describe('shift hours across midnight', () => {
  it('"18:00-08:00" is refused with the way to write it; "10:00-10:00" is told as empty', () => {
    const r = parseScenarioText(scenario('{ mon-fri: "18:00-08:00", sat: "10:00-10:00" }'));
    expect(r.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'agents[0].shift.mon-fri: "18:00-08:00" ends before it starts: hours across midnight are written day by day, e.g. 18:00-08:00 from monday to friday is ' +
        '{ mon: "18:00-24:00", tue-fri: "00:00-08:00,18:00-24:00", sat: "00:00-08:00" }',
      'agents[0].shift.sat: "10:00-10:00" is empty: hours across midnight are written day by day, e.g. 18:00-08:00 from monday to friday is ' +
        '{ mon: "18:00-24:00", tue-fri: "00:00-08:00,18:00-24:00", sat: "00:00-08:00" }',
    ]);
  });

  it('written day by day, the night is one stretch: its shift ends at 08:00, not at midnight', () => {
    const r = parseScenarioText(scenario('{ mon: "18:00-24:00", tue-fri: "00:00-08:00,18:00-24:00", sat: "00:00-08:00" }'));
    expect(r.errors).toEqual([]);
    const ends: number[] = [];
    simulate(withRunOptions(r.compiled!, { replications: 1 }), 0, { listeners: [(e: SimEvent) => void (e.type === 'ShiftEnded' && ends.push(e.t))] });
    expect([...new Set(ends)]).toEqual([86400 + 8 * 3600]); // tuesday 08:00, for both night agents
  });
});
