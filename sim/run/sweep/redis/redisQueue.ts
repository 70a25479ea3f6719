// The Redis-backed job queue of distributed sweeps (bullmq): one job per unit, with a job id
// that names the sweep and the unit, so a unit has one result however many times a worker
// crashed while running it (bullmq moves a stalled job back to the queue; a retried unit gives
// the same result, being deterministic).

import { Redis } from 'ioredis';

export const QUEUE_NAME = 'omnisim-units';

/** A connection as bullmq needs it (no per-request retry limit). */
export function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, enableOfflineQueue: true });
}
