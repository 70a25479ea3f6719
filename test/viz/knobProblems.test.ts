// A run's problems with the knobs' changes, split into the file's (the scenario as written gets
// them too, and they are told at its lines) and those the knobs brought (told at the knobs'
// fields); an error the knobs brought is told at the field whose change alone brings it.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeKnobProblems, knobChangesOneByOne, splitKnobProblems } from '../../viz/worker/knobProblems.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { applyKnobEdits } from '../../viz/app/knobEdits.ts';
import type { KnobEdits } from '../../viz/app/knobEdits.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const LATE_SPIKE = [
  'name: late-spike', 'horizon: 1d',
  'channels:', '  messaging:', '    arrivals: { rate: 30/h, spikes: [{ at: "d1 10:00", duration: 30m, multiplier: 2 }] }',
  '    handleTime: 5m',
  '  email:', '    arrivals: { rate: 0/h }', '    handleTime: 5m',
  'agents:', '  - { team: chat, count: 4, capacity: { messaging: 2, email: 1 } }', '',
].join('\n');

const warningsWith = (spike: { at?: string; multiplier?: number }) =>
  parseScenarioText(LATE_SPIKE, { edit: (raw) => applyKnobEdits(raw, { teams: [], spike }) }).warnings;

describe('splitKnobProblems', () => {
  const asWritten = parseScenarioText(LATE_SPIKE).warnings;

  it('the file\'s warnings stay the file\'s when the knobs change something else', () => {
    expect(asWritten.map((w) => w.path)).toEqual(['channels.messaging.arrivals.spikes[0].at', 'channels.email.arrivals.rate']);
    expect(splitKnobProblems(warningsWith({ multiplier: 3 }), asWritten)).toEqual({ file: asWritten, knobs: [] });
  });

  it('a warning the knobs\' value brings is the knobs\', the file\'s other warnings stay the file\'s', () => {
    const { file, knobs } = splitKnobProblems(warningsWith({ at: 'd1 12:00' }), asWritten);
    expect(file.map((w) => w.path)).toEqual(['channels.email.arrivals.rate']);
    expect(knobs.map((w) => [w.path, w.message])).toEqual([
      ['channels.messaging.arrivals.spikes[0].at', 'the spike starts at 1d 12h, not before the horizon (1d), so it never happens'],
    ]);
  });

  it('a warning the knobs take away is in neither', () => {
    expect(splitKnobProblems(warningsWith({ at: '10:00' }), asWritten)).toEqual({ file: [asWritten[1]], knobs: [] });
  });
});

describe('the knob a refused run comes from', () => {
  const BREAKS = readFileSync(join(SCENARIO_DIR, 'agents-breaks-and-reassignment.yaml'), 'utf8');
  const read = (c: { patch: unknown; edits: KnobEdits | null }) =>
    parseScenarioText(BREAKS, { patch: c.patch ?? undefined, ...(c.edits ? { edit: (raw: unknown) => applyKnobEdits(raw, c.edits!) } : {}) });
  const asWritten = read({ patch: undefined, edits: null });
  /** What the knobs send with team early at 3 agents and the seed changed: only the patch's seed is the page's always. */
  const knobs = { patch: { seed: 8 }, edits: { teams: [{ team: 'early', count: 3 }], spike: { multiplier: 2 } } };

  it('the knobs\' changes one by one, each named by its field\'s scenario path', () => {
    const changes = knobChangesOneByOne({ seed: 7, replications: 3, settings: { routeAgentEndedAsEmail: true } },
      { teams: [{ team: 'phones', count: 2, capacity: { email: 3 } }, { team: 1, count: 0 }], spike: { at: '11:00' } }, asWritten.raw);
    expect(changes).toEqual([
      // The seed the file writes (7) is no change.
      { field: 'replications', patch: { replications: 3 }, edits: null },
      { field: 'settings.routeAgentEndedAsEmail', patch: { settings: { routeAgentEndedAsEmail: true } }, edits: null },
      { field: 'agents[2].count', patch: undefined, edits: { teams: [{ team: 'phones', count: 2 }] } },
      { field: 'agents[2].capacity.email', patch: undefined, edits: { teams: [{ team: 'phones', capacity: { email: 3 } }] } },
      { field: 'agents[1].count', patch: undefined, edits: { teams: [{ team: 1, count: 0 }] } },
      { field: 'channels.messaging.arrivals.spikes[0].at', patch: undefined, edits: { teams: [], spike: { at: '11:00' } } },
    ]);
  });

  it('an error the file as written does not get is the knobs\', at the field whose change alone brings it, with no line', () => {
    const run = read(knobs);
    expect(run.compiled).toBeUndefined();
    const { file, knobs: brought } = splitKnobProblems(run.errors, asWritten.errors);
    expect(file).toEqual([]);
    const read1: string[] = [];
    const told = attributeKnobProblems(brought, knobChangesOneByOne(knobs.patch, knobs.edits, run.raw), (c) => (read1.push(c.field), read(c).errors));
    expect(told).toEqual([{ path: 'agents[0].breaks[1].waves', message: 'expected a whole number ≤ 3, got 4', fields: ['agents[0].count'] }]);
    expect(read1).toEqual(['seed', 'agents[0].count', 'channels.messaging.arrivals.spikes[0].multiplier']);
  });

  it('an error only the changes together bring is at no field; with none brought, nothing is read again', () => {
    const told = attributeKnobProblems([{ path: 'x', message: 'y', line: 3, column: 1 }], knobChangesOneByOne(knobs.patch, knobs.edits, asWritten.raw), () => []);
    expect(told).toEqual([{ path: 'x', message: 'y', fields: [] }]);
    expect(attributeKnobProblems([], knobChangesOneByOne(knobs.patch, knobs.edits, asWritten.raw), () => {
      throw new Error('read');
    })).toEqual([]);
  });
});
