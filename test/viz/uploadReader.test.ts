// An uploaded scenario's references (trigger exports, replayed CSVs) are read from the files
// chosen with it, by name, and never from the page's bundled files; a missing one is named with
// its line and path in the scenario and what to do about it.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uploadReader } from '../../viz/uploadReader.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';

const SCENARIOS = join(import.meta.dirname, '..', '..', 'scenarios');
const BUNDLED = ['imported-triggers.yaml', 'triggers/zendesk-export.json', 'data/tickets-sample.csv'];

const MINE = `name: mine
horizon: 2h
channels:
  email:
    arrivals: { replay: data/tickets.csv }
agents:
  - { team: a, count: 2, capacity: { email: 2 } }
triggers:
  - import: exports/triggers.json
`;
const CSV = 'created_at,via\n600,email\n1200,web\n';
const EXPORT = JSON.stringify({ triggers: [] });

describe('uploadReader', () => {
  it('reads a reference from the chosen file of the same name, whatever folder the scenario writes', () => {
    const r = uploadReader('mine.yaml', { 'mine.yaml': MINE, 'tickets.csv': CSV, 'triggers.json': EXPORT });
    expect(r.read('data/tickets.csv')).toBe(CSV);
    expect(r.read('./data/../data/tickets.csv')).toBe(CSV);
    expect(r.read('exports\\triggers.json')).toBe(EXPORT);
    expect(r.unused()).toEqual([]);
  });

  it('never falls back to a bundled file of the same path: it says the file was not uploaded, where to get it from, and that the page\'s own is not used', () => {
    const r = uploadReader('mine.yaml', { 'mine.yaml': MINE, 'Tickets.csv': CSV }, BUNDLED);
    const missing = r.read('triggers/zendesk-export.json');
    expect(missing).toEqual({
      error: 'triggers/zendesk-export.json was not uploaded with mine.yaml: select zendesk-export.json together with mine.yaml in the upload dialog'
        + ' (choose all the files at once; chosen now: mine.yaml, Tickets.csv). The page\'s own scenarios/triggers/zendesk-export.json is not used for an uploaded scenario',
    });
    // A name that differs in case only is pointed out.
    expect((r.read('data/tickets.csv') as { error: string }).error).toContain('Tickets.csv differs from it in upper and lower case only');
    expect(r.unused()).toEqual(['Tickets.csv']);
  });

  it('refuses two references to different files of one name rather than give both the one chosen file', () => {
    const r = uploadReader('mine.yaml', { 'mine.yaml': MINE, 'tickets.csv': CSV });
    expect(r.read('monday/tickets.csv')).toBe(CSV);
    expect(r.read('monday/tickets.csv')).toBe(CSV); // the same file again (each variant reads it)
    expect((r.read('tuesday/tickets.csv') as { error: string }).error)
      .toBe('monday/tickets.csv and tuesday/tickets.csv are both named tickets.csv, and an upload gives the page file names only, so it cannot tell which chosen tickets.csv is which: give the two files different names (and change the scenario\'s references to them)');
  });

  it('lists the chosen files no reference read (the scenario itself aside)', () => {
    const r = uploadReader('mine.yaml', { 'mine.yaml': MINE, 'tickets.csv': CSV, 'notes.csv': CSV });
    r.read('data/tickets.csv');
    expect(r.unused()).toEqual(['notes.csv']);
  });

  it('in a scenario: a missing file is a problem at its reference\'s line and path; chosen, the user\'s file is used, not the bundled one', () => {
    const source = readFileSync(join(SCENARIOS, 'imported-triggers.yaml'), 'utf8');
    const alone = parseScenarioText(source, { readFile: uploadReader('imported-triggers.yaml', { 'imported-triggers.yaml': source }, BUNDLED).read });
    expect(alone.compiled).toBeUndefined();
    expect(alone.errors.map((e) => formatProblem(e, 'imported-triggers.yaml'))).toEqual([
      expect.stringMatching(/^imported-triggers\.yaml:25:5 triggers\[0\]\.import: triggers\/zendesk-export\.json was not uploaded with imported-triggers\.yaml: select zendesk-export\.json together with/),
    ]);
    // The user's own export: one trigger, not the bundled file's.
    const theirs = JSON.stringify({ triggers: [{ id: 1, title: 'Mine: all new email to support', active: true, position: 1,
      conditions: { all: [{ field: 'via_id', operator: 'is', value: 4 }, { field: 'update_type', operator: 'is', value: 'Create' }], any: [] },
      actions: [{ field: 'group_id', value: '360005' }, { field: 'current_tags', value: 'auto-routing' }] }] });
    const both = parseScenarioText(source, { readFile: uploadReader('imported-triggers.yaml', { 'imported-triggers.yaml': source, 'zendesk-export.json': theirs }, BUNDLED).read });
    expect(both.errors).toEqual([]);
    expect(both.compiled!.scenario.triggers.map((t) => t.title)).toEqual(['Mine: all new email to support']);
  });
});
