// `omnisim sweep` (a grid × replications, on local worker threads or a Redis queue) and
// `omnisim worker` (processes a Redis queue's units until stopped).

import type { Command } from 'commander';
import type { CliIo } from './CliIo.ts';
import { UserError } from './UserError.ts';
import { InputError } from '../InputError.ts';
import { problemsError } from './problemsError.ts';
import { formatProblem } from '../scenario/read/Problems.ts';
import { checkWritable, distinctOutputs, writeOutput } from './writeOutput.ts';
import { redisFlag, wholeFlag } from './flags.ts';
import { loadSweep } from './loadSweep.ts';
import { ProgressBar } from './ProgressBar.ts';
import { chatter } from './quiet.ts';
import { prettyJson } from '../run/prettyJson.ts';
import { writtenFigure } from '../run/writtenFigures.ts';
import { sweepUnits } from '../run/sweep/Sweep.ts';
import { runLocally, defaultWorkers } from '../run/sweep/LocalPool.ts';
import { runOnRedis } from '../run/sweep/redis/runOnRedis.ts';
import { startRedisWorker } from '../run/sweep/redis/startWorker.ts';
import { checkRedis } from '../run/sweep/redis/redisQueue.ts';
import { sweepResult, sweepCsv, unknownMetrics } from '../run/sweep/SweepResult.ts';
import { formatSweep } from './formatSweep.ts';
import { sweepColumns } from '../run/sweep/sweepColumns.ts';
import { sweepSizeNote } from './formatRunSize.ts';
import { parseDuration } from '../scenario/units.ts';
import { dirname, isAbsolute, join } from 'node:path';

export function addSweepCommands(program: Command, io: CliIo): void {
  program
    .command('sweep')
    .description('run a grid of scenario variations × replications; a table of results per point, or CSV and JSON')
    .argument('<sweep>', 'sweep file: scenario, grid of path → values, optional seed, replications, metrics')
    .option('--workers <n>', `worker threads on this machine, at most one per core (default: every core, ${defaultWorkers()} here)`)
    .option('--redis <url>', 'put the work on a Redis queue for `omnisim worker --redis URL` processes, e.g. redis://127.0.0.1:6379')
    .option('--csv <file>', 'write one row per grid point (the sweep and scenario, grid values, then mean and 95 % interval per metric; - for standard output)')
    .option('--json <file>', 'write every metric of every point as JSON (- for standard output)')
    .option('--quiet', 'print nothing but errors and the results (the table when no file is given): no warnings, progress bar or notes')
    .action(async (file: string, o: { workers?: string; redis?: string; csv?: string; json?: string; quiet?: boolean }) => {
      checkWritable('--json', o.json); checkWritable('--csv', o.csv);
      if (o.json === '-' && o.csv === '-') throw new UserError('--csv - and --json -: only one of them can go to standard output');
      distinctOutputs([['the sweep file', file]], [['--json', o.json], ['--csv', o.csv]]);
      const say = chatter(io, o.quiet);
      // Flags first: a bad one is told at once, before the grid is checked point by point.
      const asked = wholeFlag('--workers', o.workers, 1);
      redisFlag(o.redis);
      const sweep = loadSweep(file, (line) => say.err(`${line}\n`));
      const scenario = isAbsolute(sweep.scenarioPath) ? sweep.scenarioPath : join(dirname(file), sweep.scenarioPath);
      distinctOutputs([['the sweep\'s scenario', scenario]], [['--json', o.json], ['--csv', o.csv]]);
      const units = sweepUnits(sweep);
      const points = units.length / sweep.replications;
      const workers = workersNote(asked, units.length, o.redis, (note) => say.err(`note: ${note}\n`));
      const size = sweepSizeNote(sweep, points, o.redis ? undefined : workers);
      if (size) say.err(`${size}\n`);
      say.err(`${sweep.name}: ${points} point${points === 1 ? '' : 's'} × ${sweep.replications} replications = ${units.length} runs` +
        (o.redis ? ` on ${o.redis}\n` : ` on ${workers} worker${workers === 1 ? '' : 's'}\n`));
      const bar = new ProgressBar(say, 'sweep');
      const onProgress = (done: number, total: number) => bar.update(done, total, `${done}/${total} runs`);
      let results;
      try {
        results = o.redis ? await runOnRedis(units, o.redis, { onProgress }) : await runLocally(units, workers, onProgress);
      } catch (e) {
        // A unit's InputError (a queue that grows without limit …) is the sweep's to fix; so is a
        // Redis that cannot be reached, or a unit a remote worker failed (its kind is not sent back).
        // Anything else on this machine is a bug, told by main() as one.
        if (e instanceof InputError || (o.redis && e instanceof Error)) throw new UserError(`sweep failed: ${e.message}`);
        throw e;
      } finally {
        bar.done();
      }
      const result = sweepResult(sweep, results);
      const json = prettyJson(result, (v) => writtenFigure(v));
      const columns = sweepColumns(sweep, result);
      const csv = sweepCsv(result, columns);
      if (o.json === '-') io.out(json);
      else if (o.csv === '-') io.out(csv);
      for (const [path, text] of [[o.json, json], [o.csv, csv]] as const) {
        if (path === undefined || path === '-') continue;
        writeOutput(path, text);
        say.out(`wrote ${path}\n`);
      }
      // The table is the result when no file or standard output takes it (--quiet prints it too).
      if (o.json === undefined && o.csv === undefined) io.out(formatSweep(result, columns));
      // After the results are written (nothing is lost), a metric no point has is an error.
      const unknown = unknownMetrics(sweep, result);
      if (unknown.length > 0) throw problemsError(file, unknown.map((p) => formatProblem(p, file)));
    });

  program
    .command('worker')
    .description('process sweep units from a Redis queue until stopped (Ctrl-C)')
    .requiredOption('--redis <url>', 'the Redis the sweep coordinator uses, e.g. redis://127.0.0.1:6379')
    .option('--lock <duration>', 'how long a unit stays locked without renewal before another worker may take it over', '30s')
    .option('--threads <n>', `units run at once, each on its own thread (default: every core, ${defaultWorkers()} here)`)
    .option('--verbose', 'print a line per unit')
    .action(async (o: { redis: string; lock: string; threads?: string; verbose?: boolean }) => {
      redisFlag(o.redis);
      const lock = parseDuration(o.lock);
      if (typeof lock !== 'number' || lock < 1) throw new UserError(`--lock: expected a duration of at least 1s such as 30s, got "${o.lock}"`);
      const threads = threadsNote(wholeFlag('--threads', o.threads, 1), (text) => io.err(`note: ${text}\n`));
      try {
        await checkRedis(o.redis);
      } catch (e) {
        throw new UserError((e as Error).message);
      }
      let units = 0;
      const w = startRedisWorker(o.redis, {
        lockDuration: lock * 1000,
        threads,
        onUnit: (job) => {
          units++;
          if (o.verbose) io.err(`unit ${job.id} (point ${job.data.point}, replication ${job.data.replication})\n`);
        },
      });
      w.worker.on('error', (e) => io.err(`worker: ${e.message}\n`));
      io.err(`omnisim worker: ${threads} thread${threads === 1 ? '' : 's'}, waiting for units on ${o.redis} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void w.close().then(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      io.err(`omnisim worker: stopped after ${units} unit${units === 1 ? '' : 's'}\n`);
    });
}

/**
 * The worker threads a local sweep runs on: those asked for (every core by default), at most one
 * per core — more only take turns on the same cores, each with its own memory — and at most one
 * per run. Capping what was asked is said in a note, as is --workers with --redis (unused there).
 */
export function workersNote(asked: number | undefined, runs: number, redis: string | undefined, note: (text: string) => void, cores = defaultWorkers()): number {
  if (redis !== undefined) {
    if (asked !== undefined) note(`--workers ${asked} is for a sweep on this machine; with --redis each \`omnisim worker\` sets its own threads (--threads N)`);
    return 0;
  }
  const workers = Math.min(asked ?? cores, cores, Math.max(1, runs));
  if (asked !== undefined && asked > cores) {
    note(`--workers ${asked}: this machine has ${cores} core${cores === 1 ? '' : 's'}, so the sweep runs on ${workers} worker${workers === 1 ? '' : 's'} (more would only take turns on the same cores)`);
  }
  return workers;
}

/** A Redis worker's threads: those asked for (every core by default), at most one per core, with a note when cut. */
export function threadsNote(asked: number | undefined, note: (text: string) => void, cores = defaultWorkers()): number {
  const threads = Math.min(asked ?? cores, cores);
  if (asked !== undefined && asked > cores) {
    note(`--threads ${asked}: this machine has ${cores} core${cores === 1 ? '' : 's'}, so the worker runs ${threads} unit${threads === 1 ? '' : 's'} at once (more would only take turns on the same cores)`);
  }
  return threads;
}
