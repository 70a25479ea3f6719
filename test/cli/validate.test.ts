// `omnisim validate` and the flag errors of `omnisim run`, through main() with captured output:
// a valid file says ok and exits 0; anything a user can get wrong exits non-zero with a
// message that says where and what — never a stack trace.

import { SCENARIO_DIR } from '../support/scenarios.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { omnisim } from '../support/cli.ts';
import type { Outcome } from '../support/cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');


function expectNoStackTrace(o: Outcome): void {
  expect(o.out + o.err).not.toContain('    at ');
  expect(o.err).not.toContain('internal error');
}

const VALID = `name: erlang-c-e1
seed: 42
horizon: 30d
warmup: 1d
replications: 10
channels:
  voice:
    arrivals: { rate: 200/h }
    handleTime: { distribution: exponential, mean: 180s }
    serviceLevelThreshold: 20s
agents:
  - team: phones
    count: 14
    capacity: { voice: 1 }
`;

// Two errors, each placed on the key that names the bad value: replications on line 1
// (column 1), the negative capacity on line 11 (column 7, the `messaging` key).
const BAD = `replications: 0
channels:
  messaging:
    arrivals: { rate: 120/h }
agents:
  - team: day
    count: 10
    capacity: { messaging: 3 }
  - team: night
    capacity:
      messaging: -2
`;

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omnisim-validate-'));
  writeFileSync(file('valid.yaml'), VALID);
  writeFileSync(file('valid.json'), JSON.stringify({
    channels: { voice: { arrivals: '200/h' } }, agents: [{ team: 'phones', count: 14, capacity: { voice: 1 } }],
  }));
  writeFileSync(file('bad.yaml'), BAD);
  writeFileSync(file('warn.yaml'), 'channels:\n  voice: { arrivals: 100/h }\n');
  writeFileSync(file('syntax.json'), '{"name": "x",\n "seed": 1,,\n "channels": {}}\n');
  writeFileSync(file('alias.yaml'), 'channels:\n  voice:\n    arrivals: *nope\n');
  writeFileSync(file('empty.yaml'), '');
  mkdirSync(file('folder.yaml'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('omnisim validate', () => {
  it('says ok and exits 0 for a valid file', async () => {
    const o = await omnisim('validate', file('valid.yaml'));
    expect(o.code).toBe(0);
    expect(o.err).toBe('');
    expect(o.out).toBe(`${file('valid.yaml')}: ok — "erlang-c-e1": voice; 14 agents in 1 team; 0 custom queues; 10 replications × 30d\n`);
  });

  it('one agent and one replication in the singular', async () => {
    writeFileSync(file('one.yaml'), 'name: one\nhorizon: 1h\nreplications: 1\nchannels:\n  email: { arrivals: 10/h }\nagents:\n  - { team: a, count: 1, capacity: { email: 2 } }\n');
    const o = await omnisim('validate', file('one.yaml'));
    expect(o.out).toBe(`${file('one.yaml')}: ok — "one": email; 1 agent in 1 team; 0 custom queues; 1 replication × 1h\n`);
  });

  it('R6: names the channels an AI agent answers first', async () => {
    const path = join(SCENARIO_DIR, 'ai-agent-messaging.yaml');
    const o = await omnisim('validate', path);
    expect([o.code, o.out]).toEqual([0, `${path}: ok — "ai-agent-messaging": messaging; 6 agents in 1 team; 0 custom queues; an AI agent on messaging; 20 replications × 1d\n`]);
  });

  it('accepts a JSON scenario', async () => {
    const o = await omnisim('validate', file('valid.json'));
    expect(o.code).toBe(0);
    expect(o.out).toContain(': ok');
  });

  it('exits 1 with one "file:line:col path: message" line per error, and no stack trace', async () => {
    const f = file('bad.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.out).toBe('');
    expectNoStackTrace(o);
    const lines = o.err.trimEnd().split('\n');
    expect(lines).toEqual([
      `${f}:1:1 replications: expected a whole number ≥ 1, got 0`,
      `${f}:11:7 agents[1].capacity.messaging: expected a whole number ≥ 0, got -2`,
      `omnisim: ${f}: 2 problems`,
    ]);
  });

  it('prints warnings but still exits 0 when there are only warnings', async () => {
    const f = file('warn.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(0);
    expect(o.out).toContain(`${f}: ok`);
    const warnings = o.err.trimEnd().split('\n');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).toMatch(/^warning: /);
    expect(o.err).toContain(`warning: ${f}:2:3 channels.voice: no agent has voice capacity`);
    // A missing top-level key has no parent key: it is placed at the start of the file.
    expect(o.err).toContain(`warning: ${f}:1:1 agents: the scenario has no agents`);
  });

  it("tells a variant's own warnings, under its name, with validate and compare; run --variant tells the variant's alone", async () => {
    const f = file('variant-warn.yaml');
    writeFileSync(f, 'channels:\n  voice:\n    arrivals:\n      rate: 20/h\n      spikes: [{ at: "10:00", duration: 1h, multiplier: 2 }]\n' +
      'agents: [{ team: a, count: 3 }]\nvariants:\n  base: {}\n  late:\n    channels:\n      voice:\n        arrivals:\n          spikes: [{ at: "1d2h", duration: 1h, multiplier: 2 }]\n');
    const late = `warning: ${f}:13:22 variants.late → channels.voice.arrivals.spikes[0].at: the spike starts at 1d 2h, not before the horizon (1d), so it never happens\n`;
    const v = await omnisim('validate', f);
    expect([v.code, v.err]).toEqual([0, late]);
    const c = await omnisim('compare', f, '--replications', '2');
    expect([c.code, c.err]).toEqual([0, late]);
    expect((await omnisim('run', f, '--variant', 'late', '--replications', '2')).err).toBe(late);
    expect((await omnisim('run', f, '--variant', 'base', '--replications', '2')).err).toBe('');
    expect((await omnisim('run', f, '--replications', '2')).err).toBe('');
  });

  it('exits 1 for an empty file, saying so', async () => {
    const f = file('empty.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err).toContain(`${f} (top level): the scenario is empty`);
    expectNoStackTrace(o);
  });

  it('exits 1 for a JSON syntax error, with JSON\'s message and no stack trace', async () => {
    const f = file('syntax.json');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err).toContain('not valid JSON: Expected double-quoted property name');
    expectNoStackTrace(o);
  });

  // Regression: YAML-level errors used to be printed with no line ("syntax.json (top level):
  // Unexpected , in flow map"), the position left inside the parser's message.
  it('places a syntax error at file:line:col', async () => {
    const f = file('syntax.json');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err.trimEnd().split('\n')).toEqual([
      `${f}:2:12 (top level): not valid JSON: Expected double-quoted property name`,
      `omnisim: ${f}: 1 problem`,
    ]);
  });

  // Regression: the yaml library's ReferenceError for an unknown alias used to escape, and
  // main() reported it as an internal error with exit 70.
  it('reports an unknown YAML alias as a scenario error, exit 1', async () => {
    const f = file('alias.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expectNoStackTrace(o);
    expect(o.err).toContain(`${f}:3:15 (top level): *nope refers to no anchor &nope defined before it\n`);
  });

  it('exits 1 for a missing file: "no such file"', async () => {
    const f = file('nope.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: ${f}: no such file\n`);
  });

  it('exits 1 for a directory', async () => {
    const f = file('folder.yaml');
    const o = await omnisim('validate', f);
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: ${f}: is a directory, not a scenario file\n`);
  });

  it('exits non-zero with a clear message for an unknown option', async () => {
    const o = await omnisim('validate', '--frobnicate', file('valid.yaml'));
    expect(o.code).not.toBe(0);
    expect(o.err).toContain("unknown option '--frobnicate'");
    expect(o.out).toBe('');
    expectNoStackTrace(o);
  });

  it('exits non-zero when the file argument is missing', async () => {
    const o = await omnisim('validate');
    expect(o.code).not.toBe(0);
    expect(o.err).toContain("missing required argument 'scenario'");
  });

  it('exits non-zero for an unknown command', async () => {
    const o = await omnisim('valdate', file('valid.yaml'));
    expect(o.code).not.toBe(0);
    expect(o.err).toContain("unknown command 'valdate'");
  });
});

describe('omnisim run: bad flags', () => {
  it.each([
    [['--seed', 'abc'], '--seed: expected a whole number ≥ 0, got "abc"'],
    [['--seed', '-3'], '--seed: expected a whole number ≥ 0, got "-3"'],
    [['--seed', '1.5'], '--seed: expected a whole number ≥ 0, got "1.5"'],
    [['--replications', '0'], '--replications: expected a whole number ≥ 1, got "0"'],
    [['--replications', 'ten'], '--replications: expected a whole number ≥ 1, got "ten"'],
  ])('%j exits 1 naming the flag', async (flags, message) => {
    const o = await omnisim('run', ...flags, file('valid.yaml'));
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: ${message}\n`);
    expect(o.out).toBe('');
  });

  it('lists every scenario problem, with its place, when running a bad file', async () => {
    const f = file('bad.yaml');
    const o = await omnisim('run', f);
    expect(o.code).toBe(1);
    expect(o.err).toContain(`omnisim: ${f}: 2 problems\n`);
    expect(o.err).toContain(`  ${f}:1:1 replications: expected a whole number ≥ 1, got 0\n`);
    expect(o.err).toContain(`  ${f}:11:7 agents[1].capacity.messaging: expected a whole number ≥ 0, got -2\n`);
    expectNoStackTrace(o);
  });
});

describe('the real omnisim process', () => {
  it('validates scenarios/erlang-c-e1.yaml with exit 0', () => {
    const r = spawnSync(process.execPath, ['bin/omnisim.mjs', 'validate', 'scenarios/erlang-c-e1.yaml'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^scenarios\/erlang-c-e1\.yaml: ok — "erlang-c-e1"/);
  });

  it('exits 1 on a bad file and prints no stack trace', () => {
    const f = file('bad.yaml');
    const r = spawnSync(process.execPath, ['bin/omnisim.mjs', 'validate', f], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${f}:11:7 agents[1].capacity.messaging: expected a whole number ≥ 0, got -2`);
    expect(r.stderr).not.toContain('    at ');
  });

  it('runs the bundled CLI (bin/loadBundled.mjs) to the same JSON report, byte for byte, as main() in this process', async () => {
    const args = ['run', 'scenarios/erlang-c-e3.yaml', '--replications', '2', '--seed', '5', '--json', '-', '--quiet'];
    const r = spawnSync(process.execPath, ['bin/omnisim.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const here = await omnisim(...args);
    expect(here.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1000);
    expect(r.stdout).toBe(here.out);
  });
});
