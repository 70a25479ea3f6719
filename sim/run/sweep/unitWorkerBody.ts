// Inside a worker thread: runs the sweep units it is sent and posts back each result (or the
// error message), tagged with the job number it came with.

import { parentPort } from 'node:worker_threads';
import { runUnit } from './runUnit.ts';
import type { UnitSpec } from './Unit.ts';

parentPort!.on('message', (m: { job: number; unit: UnitSpec }) => {
  try {
    parentPort!.postMessage({ job: m.job, result: runUnit(m.unit) });
  } catch (e) {
    parentPort!.postMessage({ job: m.job, error: (e as Error).message ?? String(e) });
  }
});
