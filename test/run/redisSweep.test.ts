// Distributed sweeps (issue 6): units on a Redis queue (bullmq), processed by `omnisim worker`
// processes. The results are identical to a local run, and killing a worker in the middle of
// a unit loses nothing: the unit's lock expires, another worker redoes it, and the coordinator
// takes exactly one result per unit.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { readSweep } from '../../sim/run/sweep/readSweep.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import type { Sweep } from '../../sim/run/sweep/Sweep.ts';
import { sweepUnits } from '../../sim/run/sweep/Sweep.ts';
import { runLocally } from '../../sim/run/sweep/LocalPool.ts';
import { runOnRedis } from '../../sim/run/sweep/redis/runOnRedis.ts';
import { startRedisWorker } from '../../sim/run/sweep/redis/startWorker.ts';
import { sweepResult, sweepCsv } from '../../sim/run/sweep/SweepResult.ts';
import { SCENARIO_DIR, SMALL_VOICE } from '../support/scenarios.ts';
import { startRedis } from '../support/redis.ts';
import { omnisim } from '../support/cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const files = {
  read: (p: string) => readFileSync(join(SCENARIO_DIR, 'sweeps', p), 'utf8'),
  relativeToScenario: (scenario: string, p: string) => join(dirname(scenario), p),
};

/** A sweep whose units take a few hundred milliseconds each, so a worker can die mid-unit. */
function sweep(horizon: string, replications: number): Sweep {
  const r = readSweep(`
scenario: ../end-sessions-routed-as-email.yaml
replications: ${replications}
grid:
  horizon: [${horizon}]
  agents[chat].count: [10, 13]
  settings.routeAgentEndedAsEmail: [false, true]
`, files);
  if ('errors' in r) throw new Error(r.errors.map((e) => formatProblem(e, e.file)).join('\n'));
  return r;
}

/** `omnisim worker` in its own process, with its stderr lines collected as they come. */
class WorkerProcess {
  readonly lines: string[] = [];
  private readonly proc: ChildProcess;
  private readonly waiters: { match: RegExp; resolve: (line: string) => void }[] = [];

  constructor(url: string, readonly name: string) {
    this.proc = spawn(process.execPath, [join(ROOT, 'bin', 'omnisim.mjs'), 'worker', '--redis', url, '--lock', '2s', '--threads', '1', '--verbose'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let buffer = '';
    this.proc.stderr!.on('data', (d: Buffer) => {
      buffer += d.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        this.lines.push(line);
        for (const w of this.waiters.splice(0)) {
          if (w.match.test(line)) w.resolve(line);
          else this.waiters.push(w);
        }
      }
    });
  }

  next(match: RegExp): Promise<string> {
    const seen = this.lines.find((l) => match.test(l));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  units(): string[] {
    return this.lines.flatMap((l) => /^unit (\S+)/.exec(l)?.[1] ?? []);
  }

  kill(signal: NodeJS.Signals): Promise<number | null> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return Promise.resolve(this.proc.exitCode);
    const exited = new Promise<number | null>((r) => this.proc.once('exit', (code) => r(code)));
    this.proc.kill(signal);
    return exited;
  }
}

describe('sweeps on Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  }, 30_000);
  afterAll(async () => {
    await redis?.stop();
  });

  it('two in-process workers give the local results byte for byte', async () => {
    const s = sweep('2d', 2);
    const units = sweepUnits(s);
    const local = sweepCsv(sweepResult(s, await runLocally(units, 1)), s.metrics);
    const workers = [startRedisWorker(redis.url, { lockDuration: 5000 }), startRedisWorker(redis.url, { lockDuration: 5000 })];
    try {
      const onRedis = sweepCsv(sweepResult(s, await runOnRedis(units, redis.url)), s.metrics);
      expect(onRedis).toBe(local);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
    }
  }, 60_000);

  it('a worker killed (SIGKILL) in the middle of a unit: the unit is redone elsewhere, nothing lost or duplicated', async () => {
    const s = sweep('60d', 1);
    const units = sweepUnits(s);
    const local = sweepCsv(sweepResult(s, await runLocally(units, 2)), s.metrics);
    const doomed = new WorkerProcess(redis.url, 'doomed');
    const others: WorkerProcess[] = [];
    try {
      await doomed.next(/waiting for units/);
      let progress = 0;
      const run = runOnRedis(units, redis.url, { onProgress: (done) => void (progress = done) });
      // The doomed worker announces a unit as it starts it; a 60-day unit runs for a while.
      const first = (await doomed.next(/^unit /)).split(' ')[1]!;
      expect(await doomed.kill('SIGKILL')).toBe(null);
      expect(progress).toBe(0);
      others.push(new WorkerProcess(redis.url, 'b'), new WorkerProcess(redis.url, 'c'));
      const onRedis = sweepCsv(sweepResult(s, await run), s.metrics);
      expect(onRedis).toBe(local);
      // The unit the doomed worker died on was taken over, and every unit ran once elsewhere.
      const redone = others.flatMap((w) => w.units());
      expect(redone).toContain(first);
      expect(new Set(redone).size).toBe(units.length);
      expect(progress).toBe(units.length);
      // Ctrl-C (SIGTERM) stops a worker cleanly.
      expect(await Promise.all(others.map((w) => w.kill('SIGTERM')))).toEqual([0, 0]);
      expect(others.map((w) => w.lines.at(-1))).toEqual(others.map((w) => `omnisim worker: stopped after ${w.units().length} unit${w.units().length === 1 ? '' : 's'}`));
    } finally {
      await doomed.kill('SIGKILL');
      await Promise.all(others.map((w) => w.kill('SIGKILL')));
    }
  }, 120_000);

  it('a unit that fails by the user\'s scenario (a queue growing without limit) fails the sweep at once as theirs: exit 1, no retry, no "internal error"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'omnisim-redis-'));
    writeFileSync(join(dir, 'runaway.yaml'), SMALL_VOICE.replace('rate: 200/h', 'rate: 200/s').replace('replications: 2', 'replications: 1'));
    writeFileSync(join(dir, 'runaway.sweep.yaml'), 'scenario: runaway.yaml\nreplications: 1\ngrid:\n  agents[phones].count: [14]\n');
    let attempts = 0;
    const worker = startRedisWorker(redis.url, { lockDuration: 5000, onUnit: () => void attempts++ });
    try {
      const o = await omnisim('sweep', join(dir, 'runaway.sweep.yaml'), '--redis', redis.url, '--quiet');
      expect(o.code).toBe(1);
      expect(o.err).toMatch(/^omnisim: sweep failed: unit 0 \(point 0, replication 0\): the run stopped at 1h 23m: 1,000,000 tickets were open at once, so a queue grows without limit/);
      expect(o.err).not.toContain('internal error');
      expect(attempts).toBe(1);
    } finally {
      await worker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('omnisim sweep --redis with an unreachable Redis fails with a message, not a hang', async () => {
    const o = await omnisim('sweep', join(SCENARIO_DIR, 'sweeps', 'chat-staffing.sweep.yaml'), '--redis', 'redis://127.0.0.1:1');
    expect(o.code).not.toBe(0);
    expect(o.err).toContain('redis://127.0.0.1:1');
    expect(o.err).not.toContain('    at ');
  }, 30_000);
});
