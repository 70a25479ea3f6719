// `omnisim worker --redis URL`: takes sweep units from the Redis queue and runs them on worker
// threads, until stopped. The units run off the main thread, so the worker keeps renewing its
// locks however long a unit takes. A worker that dies mid-unit loses nothing: its lock
// expires and another worker picks the unit up (bullmq's stalled-job check); a unit's result
// is stored once, under its own job id, so nothing is duplicated.

import { UnrecoverableError, Worker } from 'bullmq';
import type { Job } from 'bullmq';
import type { UnitSpec, UnitResult } from '../Unit.ts';
import { UnitThreads } from '../UnitThreads.ts';
import { INPUT_ERROR_MARK, QUEUE_NAME, connect } from './redisQueue.ts';
import { InputError } from '../../../InputError.ts';

export interface WorkerOptions {
  /** Units run at a time in this process, each on its own thread (default 1). */
  threads?: number;
  /** How long a unit's lock lasts without renewal before others may take it over (ms). */
  lockDuration?: number;
  onUnit?: (job: Job<UnitSpec>) => void;
}

export interface RedisWorker {
  readonly worker: Worker<UnitSpec, UnitResult>;
  close(): Promise<void>;
}

export function startRedisWorker(url: string, o: WorkerOptions = {}): RedisWorker {
  const lockDuration = o.lockDuration ?? 30_000;
  const size = Math.max(1, o.threads ?? 1);
  const threads = new UnitThreads(size);
  const connection = connect(url);
  const worker = new Worker<UnitSpec, UnitResult>(
    QUEUE_NAME,
    async (job) => {
      o.onUnit?.(job);
      try {
        return await threads.run(job.data);
      } catch (e) {
        // The user's to fix (a queue that grows without limit, say): no retry would help, and the
        // mark lets the coordinator tell it as theirs rather than as a bug.
        if (e instanceof InputError) throw new UnrecoverableError(`${INPUT_ERROR_MARK}${e.message}`);
        throw e;
      }
    },
    { connection, concurrency: size, lockDuration, stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)), maxStalledCount: 10 },
  );
  return {
    worker,
    close: async () => {
      await worker.close();
      await threads.close();
      connection.disconnect(); // bullmq leaves a connection it was given open

    },
  };
}
