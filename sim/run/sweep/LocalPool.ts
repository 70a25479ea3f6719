// Runs sweep units on this machine: in this thread when one worker is asked for, else on a
// pool of worker threads (one per core by default) fed one unit at a time. Results come back
// in unit order whatever finished first, so they do not depend on the number of workers.

import { availableParallelism } from 'node:os';
import { runUnit } from './runUnit.ts';
import type { UnitResult, UnitSpec } from './Unit.ts';
import { unitLabel } from './Unit.ts';
import { UnitThreads } from './UnitThreads.ts';
import { InputError } from '../../InputError.ts';

export type UnitProgress = (done: number, total: number) => void;

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export async function runLocally(units: readonly UnitSpec[], workers: number, onProgress?: UnitProgress): Promise<UnitResult[]> {
  const results = new Array<UnitResult>(units.length);
  if (workers <= 1) {
    for (let i = 0; i < units.length; i++) {
      try {
        results[i] = runUnit(units[i]!);
      } catch (e) {
        throw inUnit(e, i, units[i]!);
      }
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
        throw inUnit(e, i, u);
      }
      onProgress?.(++done, units.length);
    }));
  } finally {
    await threads.close();
  }
  return results;
}

/** The error with the unit that met it in front; still an InputError if it was one (the user's to fix). */
function inUnit(e: unknown, i: number, u: UnitSpec): Error {
  const message = `${unitLabel(i, u)}: ${e instanceof Error ? e.message : String(e)}`;
  const out = e instanceof InputError ? new InputError(message) : new Error(message);
  if (e instanceof Error && e.stack !== undefined) out.stack = `${message}\n${e.stack}`;
  return out;
}
