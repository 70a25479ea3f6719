// Inside a worker thread: runs the sweep units it is sent and posts back each result (or the
// error: its message, whether it is the user's to fix, and its stack), tagged with the job
// number it came with.

import { parentPort } from 'node:worker_threads';
import { runUnit } from './runUnit.ts';
import type { UnitSpec } from './Unit.ts';
import { InputError } from '../../InputError.ts';

parentPort!.on('message', (m: { job: number; unit: UnitSpec }) => {
  try {
    parentPort!.postMessage({ job: m.job, result: runUnit(m.unit) });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    parentPort!.postMessage({ job: m.job, error, input: e instanceof InputError, stack: e instanceof Error ? e.stack : undefined });
  }
});
