// The coordinator of a distributed sweep: puts every unit on the Redis queue and collects the
// results as workers (`omnisim worker --redis URL`, on any machine) complete them. Results come
// back in unit order, so they are identical to a local run.

import { Queue, QueueEvents } from 'bullmq';
import { randomUUID } from 'node:crypto';
import type { UnitResult, UnitSpec } from '../Unit.ts';
import { unitLabel } from '../Unit.ts';
import { INPUT_ERROR_MARK, QUEUE_NAME, checkRedis, connect } from './redisQueue.ts';
import { InputError } from '../../../InputError.ts';

export interface RedisRunOptions {
  onProgress?: (done: number, total: number) => void;
  /** Called once the units are queued (tests start and kill workers from here). */
  onQueued?: (sweepId: string) => void;
  /** Attempts per unit before the sweep fails (a crash counts as a stall, not an attempt). */
  attempts?: number;
}

export async function runOnRedis(units: readonly UnitSpec[], url: string, o: RedisRunOptions = {}): Promise<UnitResult[]> {
  await checkRedis(url);
  const connection = connect(url);
  const eventsConnection = connect(url);
  const queue = new Queue(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection: eventsConnection });
  const sweepId = randomUUID();
  const ids = units.map((_, i) => `${sweepId}-u${i}`);
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = new Array<UnitResult | undefined>(units.length);
  let done = 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    await events.waitUntilReady();
    const finished = new Promise<void>((resolve, reject) => {
      const take = async (jobId: string) => {
        const i = index.get(jobId);
        if (i === undefined || results[i] !== undefined) return;
        const job = await queue.getJob(jobId);
        if (!job || job.returnvalue === undefined || job.returnvalue === null || results[i] !== undefined) return;
        results[i] = job.returnvalue as UnitResult;
        done++;
        o.onProgress?.(done, units.length);
        if (done === units.length) resolve();
      };
      events.on('completed', ({ jobId }) => void take(jobId).catch(reject));
      events.on('failed', ({ jobId, failedReason }) => {
        const i = index.get(jobId);
        if (i === undefined) return;
        const where = unitLabel(i, units[i]!);
        // The user's to fix, as on local threads: a worker marks it and does not retry it.
        if (failedReason.startsWith(INPUT_ERROR_MARK)) {
          reject(new InputError(`${where}: ${failedReason.slice(INPUT_ERROR_MARK.length)}`));
          return;
        }
        void queue.getJob(jobId).then((job) => {
          // Anything else is a bug (told as one, with the worker's stack); it fails the sweep once out of attempts.
          if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
          const e = new Error(`${where}, on a worker: ${failedReason}`);
          const stack = job.stacktrace?.at(-1);
          if (stack) e.stack = `${e.message}\n${stack}`;
          reject(e);
        });
      });
      // A safety net for completions missed while reconnecting: look again now and then.
      timer = setInterval(() => {
        for (const id of ids) if (results[index.get(id)!] === undefined) void take(id).catch(reject);
      }, 2000);
    });
    await queue.addBulk(units.map((u, i) => ({
      name: 'unit',
      data: u,
      opts: { jobId: ids[i]!, attempts: o.attempts ?? 3, backoff: { type: 'fixed', delay: 500 }, removeOnComplete: false, removeOnFail: false },
    })));
    o.onQueued?.(sweepId);
    await finished;
    return results as UnitResult[];
  } finally {
    if (timer) clearInterval(timer);
    // Clean up this sweep's jobs; leave other sweeps' alone.
    await Promise.all(ids.map((id) => queue.remove(id).catch(() => 0)));
    await events.close();
    await queue.close();
    connection.disconnect();
    eventsConnection.disconnect();
  }
}
