// What a user can get wrong beyond the scenario file — output paths, seeds, a closed pipe, a
// queue that grows without limit, impossible staffing targets, a misspelt sweep metric —
// each ends with a message that says where and what, never a stack trace, a hang or a crash.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR, SMALL_VOICE } from '../support/scenarios.ts';
import { TicketPool } from '../../sim/model/TicketPool.ts';
import { InputError } from '../../sim/InputError.ts';
import { VOICE } from '../../sim/model/codes.ts';
import { threadsNote, workersNote } from '../../sim/cli/sweepCommands.ts';

const ROOT = join(import.meta.dirname, '..', '..');

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omnisim-user-errors-'));
  writeFileSync(file('small.yaml'), SMALL_VOICE);
  writeFileSync(file('a-file'), 'not a folder');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('output paths are checked before the run', () => {
  it('--csv naming an existing file: refused at once, saying it is a file', async () => {
    const o = await omnisim('run', file('small.yaml'), '--csv', file('a-file'));
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: --csv ${file('a-file')}: is a file; give a folder (it is made if missing)\n`);
    expect(o.out).toBe(''); // refused before anything ran
  });

  it('an empty path (an unset shell variable) is refused by name: --json "" printed the table and wrote nothing', async () => {
    const json = await omnisim('run', file('small.yaml'), '--json', '');
    expect([json.code, json.out, json.err]).toEqual([1, '', 'omnisim: --json: give a file name, or - for standard output; got an empty one\n']);
    const csv = await omnisim('run', file('small.yaml'), '--csv', ' ', '--quiet');
    expect([csv.code, csv.err]).toEqual([1, 'omnisim: --csv: give a folder name; got an empty one\n']);
    const sweep = await omnisim('sweep', file('small.yaml'), '--csv', '');
    expect([sweep.code, sweep.err]).toEqual([1, 'omnisim: --csv: give a file name, or - for standard output; got an empty one\n']);
  });

  it('--json under a file: says the parent is a file, not that it does not exist', async () => {
    const o = await omnisim('run', file('small.yaml'), '--json', join(file('a-file'), 'x.json'));
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: --json ${join(file('a-file'), 'x.json')}: ${file('a-file')} is a file, not a folder\n`);
  });

  it('a file name ending in / (a folder\'s): refused before the run, not after it as "cannot write (it is a folder)"', async () => {
    const o = await omnisim('run', file('small.yaml'), '--json', file('out') + '/');
    expect([o.code, o.out]).toEqual([1, '']);
    expect(o.err).toBe(`omnisim: --json ${file('out')}/: names a folder (it ends with /); give a file name\n`);
  });

  it('--csv in a folder that cannot hold folders (/proc) fails at once instead of looping', () => {
    if (!existsSync('/proc/self')) return; // Linux only
    const r = spawnSync(process.execPath, ['bin/omnisim.mjs', 'run', file('small.yaml'), '--csv', '/proc/omnisim-nope'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--csv /proc/omnisim-nope: cannot make the folder');
  });
});

describe('- is standard output, for every output that is one file', () => {
  const noDashFile = () => expect(existsSync(join(process.cwd(), '-')), 'a file called "-" was written').toBe(false);

  it('run --html - prints the HTML report and nothing else (it wrote a file called "-")', async () => {
    const o = await omnisim('run', file('small.yaml'), '--html', '-');
    expect(o.code).toBe(0);
    expect(o.out.startsWith('<!doctype html>')).toBe(true);
    expect(o.out.trimEnd().endsWith('</html>')).toBe(true);
    noDashFile();
  });

  it('run --explain-settings with --json -: the settings go to standard error, the JSON alone to standard output', async () => {
    const o = await omnisim('run', file('small.yaml'), '--explain-settings', '--json', '-');
    expect(o.code).toBe(0);
    expect(JSON.parse(o.out).replications).toBe(2);
    expect(o.err).toContain('Settings in effect:');
  });

  it('run --csv - is refused (three files), as are two outputs on standard output', async () => {
    const csv = await omnisim('run', file('small.yaml'), '--csv', '-');
    expect([csv.code, csv.out]).toEqual([1, '']);
    expect(csv.err).toContain('omnisim: --csv -: --csv writes several files');
    const both = await omnisim('run', file('small.yaml'), '--json', '-', '--html', '-');
    expect([both.code, both.err]).toEqual([1, 'omnisim: --json - and --html -: only one of them can go to standard output\n']);
    noDashFile();
  });

  it('compare --csv - and staff --csv - print the CSV alone; import-triggers --out - the YAML alone', async () => {
    const compare = await omnisim('compare', join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml'), '--replications', '2', '--csv', '-');
    expect(compare.code).toBe(0);
    expect(compare.out.split('\n')[0]).toBe('scenario,seed,replications,variant,metric,mean,ci95_low,ci95_high,diff_mean,diff_low,diff_high,significant,unit');
    const staff = await omnisim('staff', file('small.yaml'), '--target', 'voice:sl=80%/20s', '--csv', '-');
    expect(staff.code).toBe(0);
    expect(staff.out.split('\n')[0]).toMatch(/^from_seconds,to_seconds,voice_arrivals_per_hour,/);
    expect(staff.out.split('\n')).toHaveLength(3); // the header, one row, the final newline
    const imported = await omnisim('import-triggers', join(SCENARIO_DIR, 'triggers', 'zendesk-export.json'), '--out', '-');
    expect(imported.code).toBe(0);
    expect(imported.out.startsWith('triggers:\n')).toBe(true);
    expect(imported.err).toContain('trigger(s) imported');
    const both = await omnisim('staff', file('small.yaml'), '--target', 'voice:sl=80%/20s', '--csv', '-', '--json', '-');
    expect([both.code, both.err]).toEqual([1, 'omnisim: --json - and --csv -: only one of them can go to standard output\n']);
    noDashFile();
  }, 60_000);
});

describe('omnisim compare replications', () => {
  it("a scenario of 1 replication is refused naming the scenario's setting and the flag that overrides it", async () => {
    writeFileSync(file('one-rep.yaml'), 'replications: 1\nchannels:\n  voice: { arrivals: 20/h }\nagents: [{ team: a, count: 3 }]\nvariants:\n  base: {}\n  more:\n    agents: [{ team: a, count: 4 }]\n');
    const o = await omnisim('compare', file('one-rep.yaml'));
    expect([o.code, o.out, o.err]).toEqual([1, '', "omnisim: compare needs at least 2 replications (the scenario's replications: 1; give --replications 10 or more)\n"]);
  });

  it('a variant named twice is refused before anything runs (it was compared with itself)', async () => {
    const o = await omnisim('compare', join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml'), '--variant', 'recipe', 'recipe');
    // Recipe A's conditions are reconstructed (Q19): its note comes first, as warnings do.
    expect([o.code, o.out]).toEqual([1, '']);
    expect(o.err).toMatch(/^note: recipe A — [^\n]* \(spec Q19\)[^\n]*\nomnisim: --variant: "recipe" is named twice; a variant compared with itself differs by nothing\n$/);
  });
});

describe('--replications above a scenario\'s limit (100000)', () => {
  it('is refused by run, compare and staff as the scenario file refuses it (it started a run of days, or ran out of memory)', async () => {
    for (const args of [['run', file('small.yaml')], ['compare', join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml')], ['staff', file('small.yaml'), '--target', 'voice:sl=80%']]) {
      const o = await omnisim(...args, '--replications', '100001');
      expect([o.code, o.out, o.err]).toEqual([1, '', 'omnisim: --replications: expected a whole number ≤ 100000, got "100001"\n']);
    }
  });
});

describe('omnisim trace', () => {
  it('--after or --find with --ticket is refused (--after was ignored, and the ticket traced as if it had not been given)', async () => {
    const after = await omnisim('trace', file('small.yaml'), '--ticket', '5', '--after', '10:00');
    expect([after.code, after.out, after.err]).toEqual([1, '', 'omnisim: trace: --after with --ticket: --ticket names the ticket, --find (with --after) chooses one by its fate; give one or the other\n']);
    const find = await omnisim('trace', file('small.yaml'), '--ticket', '5', '--find', 'abandoned');
    expect(find.err).toBe('omnisim: trace: --find with --ticket: --ticket names the ticket, --find (with --after) chooses one by its fate; give one or the other\n');
  });
});

describe('seeds beyond 2^53 would be rounded into other seeds', () => {
  it('--seed above Number.MAX_SAFE_INTEGER is refused', async () => {
    const o = await omnisim('run', file('small.yaml'), '--seed', '9007199254740993');
    expect(o.code).toBe(1);
    expect(o.err).toBe('omnisim: --seed: expected a whole number ≤ 9007199254740991, got "9007199254740993"\n');
  });

  it('the largest exact seed is accepted', async () => {
    const o = await omnisim('run', file('small.yaml'), '--seed', '9007199254740991', '--json', '-', '--quiet');
    expect(o.code).toBe(0);
    expect(JSON.parse(o.out).seed).toBe(9007199254740991);
  });

  it('a seed too large in the scenario file is an error at its line', async () => {
    writeFileSync(file('big-seed.yaml'), `seed: 18446744073709551616\n${SMALL_VOICE}`);
    const o = await omnisim('validate', file('big-seed.yaml'));
    expect(o.code).toBe(1);
    expect(o.err).toContain(`${file('big-seed.yaml')}:1:1 seed: expected a whole number ≤ 9007199254740991`);
  });
});

describe('a reader that closes the pipe early', () => {
  it('`omnisim run … --json - | head -c 1`: omnisim leaves quietly with exit 0, no EPIPE trace', () => {
    // The report (≈ 130 KB) is larger than a pipe's buffer, so the write meets the closed pipe.
    const cmd = `set -o pipefail; "${process.execPath}" bin/omnisim.mjs run scenarios/multichannel-day.yaml --replications 2 --json - | head -c 1 >/dev/null`;
    const r = spawnSync('bash', ['-c', cmd], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stderr).not.toContain('    at ');
    expect(r.status).toBe(0);
  });
});

describe('a queue that grows without limit', () => {
  it('validate warns when the offered load exceeds every agent together and nobody gives up', async () => {
    writeFileSync(file('per-second.yaml'), SMALL_VOICE.replace('rate: 200/h', 'rate: 200/s'));
    const o = await omnisim('validate', file('per-second.yaml'));
    expect(o.code).toBe(0);
    expect(o.err).toContain('channels.voice.arrivals: 720,000 voice tickets an hour on average, each holding an agent\'s capacity for 180 s, ' +
      'is an offered load of 36,000 units, but all the agents together hold 14: with no patience the queue grows without limit');
  });

  it('no warning at a load the agents can carry (E1: 10 Erlangs on 14), nor with patience', async () => {
    expect((await omnisim('validate', file('small.yaml'))).err).toBe('');
    writeFileSync(file('patient.yaml'), SMALL_VOICE.replace('rate: 200/h', 'rate: 200/s').replace('    handleTime', '    patience: { distribution: exponential, mean: 60s }\n    handleTime'));
    expect((await omnisim('validate', file('patient.yaml'))).err).toBe('');
  });

  it('the run stops with a message once too many tickets are open at once', () => {
    const pool = new TicketPool(3);
    for (let i = 0; i < 3; i++) pool.acquire(VOICE, i);
    expect(() => pool.acquire(VOICE, 5400)).toThrow(new InputError(
      'the run stopped at 1h 30m: 3 tickets were open at once, so a queue grows without limit — more work arrives than the agents answer ' +
      'and no customer gives up (check the arrival rates and their units, the capacities and the shifts, or give customers patience)'));
    pool.release(pool.bySlot[0]!);
    expect(pool.acquire(VOICE, 5400).slot).toBe(0); // a released slot is reused: the limit is on open tickets
  });

  // The pool's stop is an InputError, the user's to fix, while any other RangeError is a bug
  // (internalErrors.test.ts).
  const RUNAWAY = 'the run stopped at 1h 23m: 1,000,000 tickets were open at once, so a queue grows without limit';
  it('run: the message, exit 1, no stack trace', async () => {
    writeFileSync(file('runaway.yaml'), SMALL_VOICE.replace('rate: 200/h', 'rate: 200/s').replace('replications: 2', 'replications: 1'));
    const o = await omnisim('run', file('runaway.yaml'));
    expect(o.code).toBe(1);
    expect(o.err).toContain(`\nomnisim: ${RUNAWAY} — more work arrives`);
    expect(o.err).not.toContain('internal error');
  });

  // On worker threads the error crosses as an InputError too (test/run/sweep.test.ts).
  it('sweep: the message with the unit, exit 1', async () => {
    writeFileSync(file('runaway.sweep.yaml'), 'scenario: runaway.yaml\nreplications: 1\ngrid:\n  agents[phones].count: [14]\n');
    const o = await omnisim('sweep', file('runaway.sweep.yaml'), '--workers', '1', '--quiet');
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: sweep failed: unit 0 (point 0, replication 0): ${RUNAWAY} — more work arrives than the agents answer and no customer gives up ` +
      '(check the arrival rates and their units, the capacities and the shifts, or give customers patience)\n');
  });
});

describe('omnisim erlang: targets no staffing reaches are refused, not answered with an arbitrary count', () => {
  const base = ['erlang', '--rate', '200/h', '--aht', '180s', '--threshold', '20s'];
  it.each([
    [['--target', '100%'], 'a service level of 100% cannot be reached'],
    [['--target', 'asa=0s'], 'an ASA of 0 cannot be reached'],
    [['--target', 'abandon=0%', '--patience', '60s'], 'an abandon rate of 0% cannot be reached while customers have a finite patience'],
  ])('%j', async (flags, message) => {
    const o = await omnisim(...base, ...flags);
    expect(o.code).toBe(1);
    expect(o.err).toContain(`omnisim: --target: ${message}`);
  });

  it('abandon=0% without patience is met by any stable staffing (Erlang C never abandons)', async () => {
    const o = await omnisim(...base, '--target', 'abandon=0%');
    expect(o.code).toBe(0);
    expect(o.out).toContain('Minimum staffing for abandon rate ≤ 0%: 11 agents');
  });
});

describe('omnisim staff: a target on a channel the sized team does not take', () => {
  const day = join(SCENARIO_DIR, 'multichannel-day.yaml');
  it('is refused, naming the team, its rule and the teams that do take the channel', async () => {
    const o = await omnisim('staff', day, '--target', 'voice:sl=80%/20s', '--team', 'chat');
    expect(o.code).toBe(1);
    expect(o.err).toBe('omnisim: --target voice: team "chat" takes no voice (its capacity rule "chat-first" gives voice 0), ' +
      'so no number of its agents meets a voice target. Size a team that takes voice (--team phones), one run per team.\n');
  });
  it('by default sizes a team that takes every target channel', async () => {
    // Chat and back-office hold the most email capacity, but only phones also takes voice.
    const o = await omnisim('staff', day, '--target', 'email:sl=80%/4h', 'voice:sl=80%/20s', '--by', 'team', '--replications', '2', '--max-iterations', '1');
    expect(o.code).toBe(0);
    expect(o.out).toContain('multichannel-day · seed 2026 · team phones · by team');
  });
});

describe('omnisim sweep: a metric no point has', () => {
  it('is an error naming metrics[i] with the closest metric, after the results are written', async () => {
    writeFileSync(file('sw.yaml'), `scenario: ${file('small.yaml')}
replications: 2
grid:
  agents[phones].count: [14, 15]
metrics: [channels.voice.serviceLevl, channels.voice.offered, channels.chat.offered]
`);
    const o = await omnisim('sweep', file('sw.yaml'), '--workers', '1', '--csv', file('sw.csv'));
    expect(o.code).toBe(1);
    expect(o.err).toContain(`omnisim: ${file('sw.yaml')}: 2 problems\n` +
      `  ${file('sw.yaml')}:5:11 metrics[0]: "channels.voice.serviceLevl" is in no point's results; did you mean "channels.voice.serviceLevel"?\n`);
    expect(o.err).toContain(`  ${file('sw.yaml')}:5:63 metrics[2]: "channels.chat.offered" is in no point's results; metrics look like`);
    // Nothing is lost: the CSV holds the metric that exists.
    expect(readFileSync(file('sw.csv'), 'utf8').split('\n')[0]).toBe('sweep,scenario,point,agents[phones].count,channels.voice.offered,channels.voice.offered_ci95_low,channels.voice.offered_ci95_high');
  });
});

describe('a sweep file where a scenario is expected, and the other way round', () => {
  it('run, compare, staff and trace on a sweep file say it is one and how to run it', async () => {
    const sweep = join(SCENARIO_DIR, 'sweeps', 'chat-staffing.sweep.yaml');
    for (const args of [['run', sweep], ['compare', sweep], ['staff', sweep, '--target', 'messaging:sl=80%'], ['trace', sweep, '--ticket', '1']]) {
      const o = await omnisim(...args);
      expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: ${sweep}: is a sweep file (it has a grid:), not a scenario; run it with: omnisim sweep ${sweep}\n`]);
    }
  });

  it('sweep on a scenario says it is one and how to run it', async () => {
    const o = await omnisim('sweep', file('small.yaml'));
    expect([o.code, o.out, o.err]).toEqual([1, '',
      `omnisim: ${file('small.yaml')}: is a scenario, not a sweep file (a sweep names a scenario: and a grid: of changes); run it with: omnisim run ${file('small.yaml')}\n`]);
  });
});

describe('omnisim sweep --workers', () => {
  it('a bad value is told at once, before the grid is checked and its warnings told', async () => {
    writeFileSync(file('w0.sweep.yaml'), `scenario: ${file('small.yaml')}\nreplications: 2\ngrid:\n  agents[phones].count: [14, 0]\n`);
    const o = await omnisim('sweep', file('w0.sweep.yaml'), '--workers', '0');
    expect([o.code, o.out, o.err]).toEqual([1, '', 'omnisim: --workers: expected a whole number ≥ 1, got "0"\n']);
  });

  it.each(['-1', '1.5', 'two', ''])('--workers %j is refused by name', async (value) => {
    const o = await omnisim('sweep', file('w0.sweep.yaml'), '--workers', value);
    expect([o.code, o.out, o.err]).toEqual([1, '', `omnisim: --workers: expected a whole number ≥ 1, got "${value}"\n`]);
  });

  it('more workers than cores: capped at the cores, with a note saying so (it started as many threads as asked)', async () => {
    const cores = availableParallelism();
    writeFileSync(file('w4.sweep.yaml'), `scenario: ${file('small.yaml')}\nreplications: 2\ngrid:\n  agents[phones].count: [14, 15, 16, 17]\nmetrics: [channels.voice.offered]\n`);
    const o = await omnisim('sweep', file('w4.sweep.yaml'), '--workers', String(cores + 1), '--csv', '-');
    expect(o.code).toBe(0);
    const runs = Math.min(cores, 8);
    expect(o.err).toBe(`note: --workers ${cores + 1}: this machine has ${cores} core${cores === 1 ? '' : 's'}, so the sweep runs on ${runs} worker${runs === 1 ? '' : 's'} ` +
      '(more would only take turns on the same cores)\n' +
      `${file('small.yaml')}: 4 points × 2 replications = 8 runs on ${runs} worker${runs === 1 ? '' : 's'}\n`);
  });

  it('threadsNote: a Redis worker runs at most one unit per core, with a note when what was asked is cut', () => {
    const notes: string[] = [];
    const note = (n: string) => void notes.push(n);
    expect(threadsNote(16, note, 2)).toBe(2);
    expect(threadsNote(1, note, 2)).toBe(1);
    expect(threadsNote(undefined, note, 2)).toBe(2);
    expect(threadsNote(3, note, 1)).toBe(1);
    expect(notes).toEqual([
      '--threads 16: this machine has 2 cores, so the worker runs 2 units at once (more would only take turns on the same cores)',
      '--threads 3: this machine has 1 core, so the worker runs 1 unit at once (more would only take turns on the same cores)',
    ]);
  });

  it('workersNote: at most one per core and one per run; a note only when what was asked is cut, or unused (--redis)', () => {
    const notes: string[] = [];
    const note = (n: string) => void notes.push(n);
    expect(workersNote(64, 100, undefined, note, 4)).toBe(4);
    expect(workersNote(3, 100, undefined, note, 4)).toBe(3);
    expect(workersNote(undefined, 100, undefined, note, 4)).toBe(4);
    expect(workersNote(undefined, 2, undefined, note, 4)).toBe(2);
    expect(workersNote(2, 100, 'redis://h:6379', note, 4)).toBe(0);
    expect(notes).toEqual([
      '--workers 64: this machine has 4 cores, so the sweep runs on 4 workers (more would only take turns on the same cores)',
      '--workers 2 is for a sweep on this machine; with --redis each `omnisim worker` sets its own threads (--threads N)',
    ]);
  });
});

describe('omnisim sweep: warnings before the run', () => {
  it('a grid value that leaves a channel without agents is told at the value, and the sweep still runs', async () => {
    writeFileSync(file('warn.sweep.yaml'), `scenario: ${file('small.yaml')}\nreplications: 2\ngrid:\n  agents[phones].count: [14, 0]\nmetrics: [channels.voice.offered]\n`);
    const o = await omnisim('sweep', file('warn.sweep.yaml'), '--workers', '1', '--csv', '-');
    expect(o.code).toBe(0);
    expect(o.err).toContain(`warning: ${file('warn.sweep.yaml')}:4:30 grid.agents[phones].count[1]: with 0, the scenario's channels.voice: no agent has voice capacity`);
    expect(o.out.split('\n')).toHaveLength(4); // the CSV: the header, two points and the final newline
  });
});

describe('omnisim sweep: what it prints', () => {
  const sweepFile = () => {
    writeFileSync(file('print.sweep.yaml'), `name: two sizes\nscenario: ${file('small.yaml')}\nreplications: 2\ngrid:\n  agents[phones].count: [14, 16]\nmetrics: [channels.voice.serviceLevel, channels.voice.offered]\n`);
    return file('print.sweep.yaml');
  };
  it('by default, a table: a row per point, figures in their units as mean ± half-width', async () => {
    const o = await omnisim('sweep', sweepFile(), '--workers', '1');
    expect(o.code).toBe(0);
    const lines = o.out.split('\n');
    expect(lines[0]).toBe('two sizes · 2 replications per point · mean ± half-width of the 95 % interval (its ends where it is cut at 0 or 100 %)');
    expect(lines[2]!.split(/ {3,}/)).toEqual(['point', 'agents[phones].count', 'voice.serviceLevel', 'voice.offered']);
    // Two replications: t = 12.7, so the service level's interval is cut at 100 % and the count's at 0.
    expect(lines[4]).toMatch(/^0 +14 +\d+\.\d% \(\d+\.\d–100\.0%\) +\d[\d,]* \(0–[\d,]+\)/);
    expect(lines[5]).toMatch(/^1 +16 /);
  });
  it('--csv - writes the CSV to standard output instead; --csv - with --json - is refused', async () => {
    const o = await omnisim('sweep', sweepFile(), '--workers', '1', '--csv', '-');
    expect(o.out.split('\n')[0]).toBe('sweep,scenario,point,agents[phones].count,channels.voice.serviceLevel,channels.voice.serviceLevel_ci95_low,channels.voice.serviceLevel_ci95_high,' +
      'channels.voice.offered,channels.voice.offered_ci95_low,channels.voice.offered_ci95_high');
    const both = await omnisim('sweep', sweepFile(), '--csv', '-', '--json', '-');
    expect([both.code, both.err]).toEqual([1, 'omnisim: --csv - and --json -: only one of them can go to standard output\n']);
  });

  it('without metrics:, the default metrics of channels the scenario lacks are left out of the table and the CSV', async () => {
    writeFileSync(file('defaults.sweep.yaml'), `scenario: ${file('small.yaml')}\nreplications: 2\ngrid:\n  agents[phones].count: [14]\n  seed: [1]\n`);
    const table = await omnisim('sweep', file('defaults.sweep.yaml'), '--workers', '1', '--quiet');
    expect(table.code).toBe(0);
    // No session columns either: a voice-only scenario has no messaging sessions (they read 0);
    // and no abandon rate: its callers have no patience, so nobody abandons.
    expect(table.out.split('\n')[2]!.split(/ {3,}/)).toEqual(['point', 'agents[phones].count', 'seed', 'voice.serviceLevel', 'voice.asaSeconds',
      'voice.occupancy']);
    const csv = await omnisim('sweep', file('defaults.sweep.yaml'), '--workers', '1', '--quiet', '--csv', '-');
    expect(csv.out.split('\n')[0]).not.toContain('messaging');
    expect(csv.out.split('\n')[0]).not.toContain('email.');
  });

  it('a warning only two grid values give together is told at file:line:col of the first, naming both', async () => {
    writeFileSync(file('warmed.yaml'), SMALL_VOICE.replace('warmup: 0s', 'warmup: 1h'));
    writeFileSync(file('combo.sweep.yaml'), `scenario: warmed.yaml\nreplications: 2\ngrid:\n  horizon: [2h, 8d]\n  warmup: [1h, 0s]\nmetrics: [channels.voice.offered]\n`);
    const o = await omnisim('sweep', file('combo.sweep.yaml'), '--workers', '1', '--csv', '-');
    expect(o.code).toBe(0);
    expect(o.err.split('\n')[0]).toBe(`warning: ${file('combo.sweep.yaml')}:4:17 grid.horizon[1] with grid.warmup[1]: with "8d" and "0s", the scenario's warmup: ` +
      'a long run without warm-up starts empty; its first hours bias steady-state figures');
    expect(o.err.match(/warning:/g)).toHaveLength(1);
    expect(o.out.split('\n')).toHaveLength(6); // the CSV: the header, four points and the final newline
  });
});

describe('omnisim sweep: every problem of a sweep file at file:line:column', () => {
  /** Runs `omnisim sweep` on a sweep file with this text; it must be refused before any run. */
  async function refused(name: string, text: string): Promise<string> {
    writeFileSync(file(name), text);
    const o = await omnisim('sweep', file(name), '--workers', '1');
    expect(o.code).toBe(1);
    expect(o.out).toBe('');
    expect(o.err).not.toContain('    at '); // no stack trace
    return o.err;
  }

  it('a YAML syntax error', async () => {
    const err = await refused('syntax.sweep.yaml', `scenario: small.yaml\ngrid:\n  agents[phones].count: [14, 15\nreplications: 2\n`);
    expect(err).toBe(`omnisim: ${file('syntax.sweep.yaml')}: 1 problem\n` +
      `  ${file('syntax.sweep.yaml')}:4:1 (top level): Flow sequence in block collection must be sufficiently indented and end with a ]\n`);
  });

  it('a JSON syntax error, in JSON\'s words', async () => {
    const err = await refused('syntax.sweep.json', '{\n  "scenario": "small.yaml",\n  "grid": { "agents[phones].count": [14, 15] }\n  "replications": 2\n}\n');
    expect(err).toBe(`omnisim: ${file('syntax.sweep.json')}: 1 problem\n` +
      `  ${file('syntax.sweep.json')}:4:3 (top level): not valid JSON: Expected ',' or '}' after property value\n`);
  });

  it('a bad grid value, at the value, saying what it breaks', async () => {
    const err = await refused('value.sweep.yaml', `scenario: small.yaml\ngrid:\n  agents[phones].count:\n    - 14\n    - -2\n`);
    expect(err).toBe(`omnisim: ${file('value.sweep.yaml')}: 1 problem\n` +
      `  ${file('value.sweep.yaml')}:5:7 grid.agents[phones].count[1]: with -2, the scenario's agents[0].count: expected a whole number ≥ 0, got -2\n`);
  });

  it('a problem in the scenario: in the scenario file, at its line', async () => {
    mkdirSync(file('sweeps'), { recursive: true });
    writeFileSync(file('bad-mean.yaml'), SMALL_VOICE.replace('mean: 180s', 'mean: 180'));
    writeFileSync(file('sweeps/uses-bad.sweep.yaml'), 'scenario: ../bad-mean.yaml\ngrid: { seed: [1, 2] }\n');
    const o = await omnisim('sweep', file('sweeps/uses-bad.sweep.yaml'));
    expect(o.code).toBe(1);
    expect(o.err).toBe(`omnisim: ${file('sweeps/uses-bad.sweep.yaml')}: 1 problem\n` +
      `  ${file('bad-mean.yaml')}:7:46 channels.voice.handleTime.mean: durations need a unit: write "180s", "180m" or "180h", got 180\n`);
  });
});

describe('--quiet', () => {
  it('alone would print nothing at all: refused, saying what to give with it', async () => {
    const o = await omnisim('run', file('small.yaml'), '--quiet');
    expect(o.code).toBe(1);
    expect(o.err).toBe('omnisim: --quiet prints nothing: give it with --json FILE, --csv DIR or --html FILE\n');
  });

  it('with --json leaves warnings out: nothing but errors', async () => {
    writeFileSync(file('warned.yaml'), SMALL_VOICE.replace('rate: 200/h', 'rate: 400/h'));
    const loud = await omnisim('run', file('warned.yaml'), '--json', file('warned.json'));
    expect(loud.err).toContain('warning:');
    const quiet = await omnisim('run', file('warned.yaml'), '--json', file('warned.json'), '--quiet');
    expect(quiet.code).toBe(0);
    expect(quiet.err + quiet.out).toBe('');
  });
});
