// The command line with replayed exports: `omnisim validate` names the scenario's place and
// the CSV's line of every bad row, and exits 1 without a stack trace; a trace follows a
// replayed ticket; `--find picked` and `--find carried-over` find their tickets.

import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('omnisim with replayed exports', () => {
  it('validate lists every bad row as scenario:line:col path: file.csv:line: message', async () => {
    const f = join(FIXTURES, 'bad-day.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    const lines = o.err.trim().split('\n');
    expect(lines[0]).toBe(`${f}:6:17 channels.email.arrivals.replay: bad-tickets.csv:3: channel "fax" is not messaging, email or voice (nor a via name such as web, chat, native_messaging, api or talk)`);
    expect(lines.filter((l) => l.includes('bad-tickets.csv:'))).toHaveLength(7);
    expect(lines[lines.length - 1]).toMatch(/7 problems$/);
    expect(o.err).not.toMatch(/\n\s+at /);
  });

  it('validate says what the sample day replays', async () => {
    const o = await omnisim('validate', join(SCENARIO_DIR, 'replay-sample-day.yaml'));
    expect(o.code).toBe(0);
    expect(o.out).toContain('531 replayed tickets');
  });

  it('trace --find picked follows a ticket an agent took from the Unassigned view', async () => {
    const o = await omnisim('trace', join(SCENARIO_DIR, 'inbox-pull-vs-push.yaml'), '--variant', 'pull', '--find', 'picked');
    expect(o.code).toBe(0);
    expect(o.out).toMatch(/queued +unassigned\/support \((messaging|email)\)/);
    expect(o.out).toMatch(/picked +by support-\d+ from the Unassigned view/);
  });

  it('trace --find carried-over follows a ticket open when the run started', async () => {
    const o = await omnisim('trace', join(SCENARIO_DIR, 'monday-backlog.yaml'), '--find', 'carried-over');
    expect(o.code).toBe(0);
    expect(o.out).toContain('carried over');
    expect(o.out).toContain('when the run started, in progress');
  });
});
