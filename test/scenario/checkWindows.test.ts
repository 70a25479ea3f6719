// Report windows that can have no figures are warned about at the window: one starting at or
// after the end of the run, and one ending inside the warm-up (whose tickets the report leaves
// out). Both validated "ok" and printed a column of "—", or 0 offered beside a throughput.

import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { readScenarioFile, SMALL_VOICE } from '../support/scenarios.ts';
import { noFigureNote } from '../../sim/cli/formatNoFigure.ts';

const warnings = (windows: string, warmup = '0s') => parseScenarioText(
  SMALL_VOICE.replace('warmup: 0s', `warmup: ${warmup}`) + `report:\n  windows:\n${windows}`, { readFile: readScenarioFile },
).warnings.map((w) => formatProblem(w));

describe('report windows without figures', () => {
  it('a window after the end of the run (2h) is a warning at that window', () => {
    expect(warnings('    - { name: first, from: "00:00", to: "01:00" }\n    - { name: tomorrow, from: "d1 08:00", to: "d1 09:00" }\n')).toEqual([
      '15:7 report.windows[1]: window "tomorrow" (d1 08:00–09:00) starts at or after the end of the run (horizon 2h): it has no figures',
    ]);
  });

  it('a window inside the warm-up is a warning; one that reaches past it is not', () => {
    expect(warnings('    - { name: early, from: "00:00", to: "00:30" }\n    - { name: later, from: "00:30", to: "01:30" }\n', '1h')).toEqual([
      '14:7 report.windows[0]: window "early" (00:00–00:30) ends within the warm-up (1h): the report leaves out the tickets created then, so it counts none',
    ]);
  });

  it('the footnote under the table names the row as the table does, not by its key', () => {
    expect(noFigureNote(['throughputPerHour'], ' in that window')).toContain('  answered per hour: the window lies after the end of the run');
  });
});
