// A team whose shift never falls inside the run is warned about at its shift: a 2-hour run
// from midnight with a team on 08:00–09:00 validated "ok" and reported every call abandoned.

import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { readScenarioFile, SMALL_VOICE } from '../support/scenarios.ts';

const warnings = (shift: string, extra = '') => parseScenarioText(
  SMALL_VOICE.replace('    capacity: { voice: 1 }', `    capacity: { voice: 1 }\n    shift: ${shift}`) + extra, { readFile: readScenarioFile },
).warnings.map((w) => formatProblem(w));

describe('a shift outside the run', () => {
  it('is a warning at the team\'s shift, naming the team and the run', () => {
    expect(warnings('{ mon-sun: "08:00-09:00" }')).toEqual([
      '12:5 agents[0].shift: team "phones" is never on shift during the run (2h from Monday 00:00): its 14 agents stay offline and answer nothing',
    ]);
  });

  it('is no warning when the shift meets the run, at its start or later', () => {
    expect(warnings('{ mon-sun: "01:30-09:00" }')).toEqual([]);
    expect(warnings('{ mon-sun: "00:00-01:00" }')).toEqual([]);
  });

  it('reads the weekday the run starts on: a weekday shift in a run on a Saturday', () => {
    expect(warnings('{ mon-fri: "00:00-23:00" }', 'start: { weekday: saturday }\n')).toEqual([
      '12:5 agents[0].shift: team "phones" is never on shift during the run (2h from Saturday 00:00): its 14 agents stay offline and answer nothing',
    ]);
    expect(warnings('{ mon-fri: "00:00-23:00" }')).toEqual([]);
  });
});
