// A file of the wrong kind is told as such, with the command that reads it: a Triggers API export
// given to run or validate (it was a dozen unknown keys and "a scenario needs at least one
// channel"), a scenario given to import-triggers (it was "not valid JSON: Unexpected token '#'").

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const EXPORT = join(SCENARIO_DIR, 'triggers', 'zendesk-export.json');

describe('a file of the wrong kind', () => {
  it.each(['run', 'validate', 'compare', 'trace'])('%s on a Triggers API export: exit 1, says what it is and how to read it', async (command) => {
    const o = await omnisim(command, EXPORT);
    expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: ${EXPORT}: is a Triggers API export, not a scenario; see what it maps to with: omnisim import-triggers ${EXPORT} ` +
      `(or import it in a scenario: triggers: [{ import: ${EXPORT} }])\n`]);
  });

  it('import-triggers on a scenario: exit 1, says it is a scenario', async () => {
    const file = join(SCENARIO_DIR, 'imported-triggers.yaml');
    const o = await omnisim('import-triggers', file);
    expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: ${file}: is a scenario, not a Triggers API export (the JSON the help desk's Triggers API returns); its triggers run with it: omnisim run ${file}\n`]);
  });

  it('a scenario with a triggers list is still read as a scenario', async () => {
    const o = await omnisim('validate', join(SCENARIO_DIR, 'recipes', 'e-csat-on-session-end.yaml'));
    expect(o.code).toBe(0);
  });
});
