// Run by test/bench/instructions.mjs under valgrind: warms the JIT on short runs, then runs
// one replication of DAYS days (metrics on) of E1 or of SCENARIO, or the bare loop on as many
// customers as E1 has. Prints the tickets the measured run created (the harness divides by them).

import '../../bin/v8tuning.mjs';
import { setFlagsFromString } from 'node:v8';
import { simulate } from '../../sim/run/simulate.ts';
import type { Engine } from '../../sim/engine/Engine.ts';
import { bareMMN } from './bareLoop.ts';
import { compileFile } from '../support/scenarios.ts';

// instructions.mjs --budgets: another cumulative inlining budget, set before any code is optimized.
if (process.env.INLINE_BUDGET) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${process.env.INLINE_BUDGET}`);
const days = Number(process.env.DAYS ?? 20);
if (process.env.MODE === 'bare') {
  for (let i = 0; i < 3; i++) bareMMN(200 / 3600, 1 / 180, 14, 48_000);
  bareMMN(200 / 3600, 1 / 180, 14, days * 4800);
  console.log(days * 4800);
} else {
  const c = compileFile(process.env.SCENARIO ?? 'erlang-c-e1.yaml');
  const sized = (d: number) => ({ ...c, scenario: { ...c.scenario, horizon: d * 86400, warmup: 86400 } });
  for (let i = 0; i < 3; i++) simulate(sized(10), 0);
  const seen: { engine?: Engine } = {};
  simulate(sized(days), 0, { inspect: (e) => (seen.engine = e) });
  console.log(seen.engine!.pool.createdCount);
}
