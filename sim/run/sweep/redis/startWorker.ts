// `omnisim worker --redis URL`: takes sweep units from the Redis queue and runs them, until
// stopped. A worker that dies mid-unit loses nothing: its lock expires and another worker
// picks the unit up (bullmq's stalled-job check).

import { Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { runUnit } from '../runUnit.ts';
import type { UnitSpec, UnitResult } from '../Unit.ts';
import { QUEUE_NAME, connect } from './redisQueue.ts';

export interface WorkerOptions {
  /** Units run at a time in this process (they are CPU-bound: keep it at 1 per process). */
  concurrency?: number;
  /** How long a unit's lock lasts before others may take it over (ms). */
  lockDuration?: number;
  onUnit?: (job: Job<UnitSpec>) => void;
}

export function startRedisWorker(url: string, o: WorkerOptions = {}): Worker<UnitSpec, UnitResult> {
  const lockDuration = o.lockDuration ?? 30_000;
  return new Worker<UnitSpec, UnitResult>(
    QUEUE_NAME,
    async (job) => {
      o.onUnit?.(job);
      return runUnit(job.data);
    },
    { connection: connect(url), concurrency: o.concurrency ?? 1, lockDuration, stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)), maxStalledCount: 10 },
  );
}
