// Of the files chosen together in the upload dialog, the scenario is the one with channels:;
// several scenarios, or none, are told as such.

import { describe, expect, it } from 'vitest';
import { chooseScenario } from '../../viz/app/chooseScenario.ts';

const SCENARIO = 'name: a\nchannels:\n  voice: { arrivals: { rate: 10/h } }\n';
const file = (name: string, text: string) => ({ name, text });

describe('chooseScenario', () => {
  it('takes the YAML or JSON file with channels: whatever the order; the rest are its files', () => {
    const r = chooseScenario([file('export.json', '{"triggers": []}'), file('day.csv', 'created_at,via\n'), file('mine.yaml', SCENARIO)]);
    expect('scenario' in r && r.scenario.name).toBe('mine.yaml');
    expect('scenario' in r && r.others.map((f) => f.name)).toEqual(['export.json', 'day.csv']);
    const json = chooseScenario([file('export.json', '{"triggers": []}'), file('mine.json', JSON.stringify({ channels: {} }))]);
    expect('scenario' in json && json.scenario.name).toBe('mine.json');
    // A sweep file chosen with its scenario is not a scenario.
    const sweep = chooseScenario([file('s.sweep.yaml', 'scenario: mine.yaml\ngrid: {}\n'), file('mine.yaml', SCENARIO)]);
    expect('scenario' in sweep && sweep.scenario.name).toBe('mine.yaml');
  });

  it('one file alone is the scenario (its problems are shown as a scenario\'s), as is the one YAML file when none has channels:', () => {
    expect(chooseScenario([file('broken.yaml', 'channels: [')])).toMatchObject({ scenario: { name: 'broken.yaml' } });
    expect(chooseScenario([file('broken.yaml', 'channels: ['), file('t.csv', 'a,b\n')])).toMatchObject({ scenario: { name: 'broken.yaml' } });
  });

  it('says when several files are scenarios, or none is', () => {
    expect(chooseScenario([file('a.yaml', SCENARIO), file('b.yml', SCENARIO), file('c.csv', '')])).toEqual({
      error: 'a.yaml and b.yml are each a scenario: upload one scenario at a time, chosen together with the files it refers to (trigger exports, replayed ticket CSVs)',
    });
    expect(chooseScenario([file('export.json', '{"triggers": []}'), file('day.csv', '')])).toEqual({
      error: 'none of the chosen files (export.json and day.csv) is a scenario — a YAML or JSON file with channels: — choose the scenario together with the files it refers to',
    });
  });
});
