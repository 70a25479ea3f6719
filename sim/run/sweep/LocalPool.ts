// Runs sweep units on this machine: in this thread when one worker is asked for, else on a
// pool of worker threads (one per core by default) fed one unit at a time. Results come back
// in unit order whatever finished first, so they do not depend on the number of workers.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { runUnit } from './runUnit.ts';
import type { UnitResult, UnitSpec } from './Unit.ts';

export type UnitProgress = (done: number, total: number) => void;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runLocally(units: readonly UnitSpec[], workers: number, onProgress?: UnitProgress): Promise<UnitResult[]> {
  const results = new Array<UnitResult>(units.length);
  if (workers <= 1) {
    for (let i = 0; i < units.length; i++) {
      results[i] = runUnit(units[i]!);
      onProgress?.(i + 1, units.length);
      if (i % 4 === 3) await new Promise((r) => setImmediate(r)); // let the progress bar draw
    }
    return results;
  }
  const pool = Array.from({ length: Math.min(workers, units.length) }, () => new Worker(new URL('./unitWorker.mjs', import.meta.url)));
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (next >= units.length) return;
        const job = next++;
        w.postMessage({ job, unit: units[job] });
      };
      for (const w of pool) {
        w.on('message', (m: { job: number; result?: UnitResult; error?: string }) => {
          if (m.error !== undefined) {
            reject(new Error(`unit ${m.job} (point ${units[m.job]!.point}, replication ${units[m.job]!.replication}): ${m.error}`));
            return;
          }
          results[m.job] = m.result!;
          done++;
          onProgress?.(done, units.length);
          if (done === units.length) resolve();
          else feed(w);
        });
        w.on('error', reject);
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
