// A run's warnings with the knobs' changes, split into the file's (the scenario as written gets
// them too, and they are told at its lines) and those the knobs brought (told at the knobs' fields).

import { describe, expect, it } from 'vitest';
import { splitKnobWarnings } from '../../viz/worker/knobWarnings.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { applyKnobEdits } from '../../viz/app/knobEdits.ts';

const LATE_SPIKE = [
  'name: late-spike', 'horizon: 1d',
  'channels:', '  messaging:', '    arrivals: { rate: 30/h, spikes: [{ at: "d1 10:00", duration: 30m, multiplier: 2 }] }',
  '    handleTime: 5m',
  '  email:', '    arrivals: { rate: 0/h }', '    handleTime: 5m',
  'agents:', '  - { team: chat, count: 4, capacity: { messaging: 2, email: 1 } }', '',
].join('\n');

const warningsWith = (spike: { at?: string; multiplier?: number }) =>
  parseScenarioText(LATE_SPIKE, { edit: (raw) => applyKnobEdits(raw, { teams: [], spike }) }).warnings;

describe('splitKnobWarnings', () => {
  const asWritten = parseScenarioText(LATE_SPIKE).warnings;

  it('the file\'s warnings stay the file\'s when the knobs change something else', () => {
    expect(asWritten.map((w) => w.path)).toEqual(['channels.messaging.arrivals.spikes[0].at', 'channels.email.arrivals.rate']);
    expect(splitKnobWarnings(warningsWith({ multiplier: 3 }), asWritten)).toEqual({ file: asWritten, knobs: [] });
  });

  it('a warning the knobs\' value brings is the knobs\', the file\'s other warnings stay the file\'s', () => {
    const { file, knobs } = splitKnobWarnings(warningsWith({ at: 'd1 12:00' }), asWritten);
    expect(file.map((w) => w.path)).toEqual(['channels.email.arrivals.rate']);
    expect(knobs.map((w) => [w.path, w.message])).toEqual([
      ['channels.messaging.arrivals.spikes[0].at', 'the spike starts at 1d 12h, not before the horizon (1d), so it never happens'],
    ]);
  });

  it('a warning the knobs take away is in neither', () => {
    expect(splitKnobWarnings(warningsWith({ at: '10:00' }), asWritten)).toEqual({ file: [asWritten[1]], knobs: [] });
  });
});
