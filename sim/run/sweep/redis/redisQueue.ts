// The Redis-backed job queue of distributed sweeps (bullmq): one job per unit, with a job id
// that names the sweep and the unit, so a unit has one result however many times a worker
// crashed while running it (bullmq moves a stalled job back to the queue; a retried unit gives
// the same result, being deterministic).

import { Redis } from 'ioredis';

export const QUEUE_NAME = 'omnisim-units';

/** Starts a unit's failure reason when the failure is the user's to fix (an InputError on the worker). */
export const INPUT_ERROR_MARK = '[input] ';

/** A connection as bullmq needs it (no per-request retry limit). */
export function connect(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false, enableOfflineQueue: true });
}

/**
 * Fails fast, with the address in the message, when the Redis at `url` does not answer —
 * rather than letting the queue retry the connection forever.
 */
export async function checkRedis(url: string, timeoutMs = 5000): Promise<void> {
  if (!/^rediss?:\/\/[^\s]+$/.test(url)) throw new Error(`${url}: expected a Redis URL such as redis://127.0.0.1:6379`);
  const probe = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let cause = '';
  probe.on('error', (e: Error) => void (cause = e.message)); // the socket's reason, reported below
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    throw new Error(`cannot reach Redis at ${url}: ${cause || (e as Error).message || 'no answer'}`);
  } finally {
    probe.disconnect();
  }
}
