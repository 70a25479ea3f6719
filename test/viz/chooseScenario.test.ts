// Of the files chosen together in the upload dialog, the scenario is the one with channels:;
// several scenarios, or none, are told as such.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseScenario } from '../../viz/app/chooseScenario.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

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

  it('a sweep file or a trigger export chosen alone is told as what it is, as the CLI tells it — not as a dozen unknown keys of a scenario', () => {
    const sweep = readFileSync(join(SCENARIO_DIR, 'sweeps', 'chat-staffing.sweep.yaml'), 'utf8');
    expect(chooseScenario([file('chat-staffing.sweep.yaml', sweep)])).toEqual({
      error: 'chat-staffing.sweep.yaml is a sweep file (it has a grid:), not a scenario: the page runs one scenario and its variants — '
        + 'upload the scenario it sweeps (../end-sessions-routed-as-email.yaml) with its files, or run the sweep with: omnisim sweep chat-staffing.sweep.yaml',
    });
    const exported = readFileSync(join(SCENARIO_DIR, 'triggers', 'zendesk-export.json'), 'utf8');
    expect(chooseScenario([file('zendesk-export.json', exported)])).toEqual({
      error: 'zendesk-export.json is a Triggers API export, not a scenario: choose it together with the scenario that imports it (triggers: [{ import: zendesk-export.json }])',
    });
    // The one YAML file among files none of which has channels: likewise.
    expect(chooseScenario([file('s.sweep.yaml', 'grid: { seed: [1, 2] }\n'), file('day.csv', '')])).toMatchObject({ error: expect.stringMatching(/^s\.sweep\.yaml is a sweep file/) });
  });
});
