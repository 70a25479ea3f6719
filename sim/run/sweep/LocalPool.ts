// Runs sweep units on this machine: in this thread when one worker is asked for, else on a
// pool of worker threads (one per core by default) fed one unit at a time. Results come back
// in unit order whatever finished first, so they do not depend on the number of workers.

import { availableParallelism } from 'node:os';
import { runUnit } from './runUnit.ts';
import type { UnitResult, UnitSpec } from './Unit.ts';
import { UnitThreads } from './UnitThreads.ts';

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
  const threads = new UnitThreads(Math.min(workers, units.length));
  let done = 0;
  try {
    await Promise.all(units.map(async (u, i) => {
      try {
        results[i] = await threads.run(u);
      } catch (e) {
        throw new Error(`unit ${i} (point ${u.point}, replication ${u.replication}): ${(e as Error).message}`);
      }
      onProgress?.(++done, units.length);
    }));
  } finally {
    await threads.close();
  }
  return results;
}
