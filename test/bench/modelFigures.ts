// The figures of the simulation itself — kernel, full model, bare loop — loaded by run.ts as
// one bundle, the way bin/omnisim.mjs loads the CLI, so the bench measures what users run.

import { simulate } from '../../sim/run/simulate.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
export { kernelHold } from './kernelHold.ts';
export { bareMMN } from './bareLoop.ts';
export { compileFile } from '../support/scenarios.ts';

/** Tickets per second of one replication over `days` (warm-up at most a day), metrics on. */
export function modelRate(compiled: CompiledScenario, days: number): { ticketsPerSecond: number; tickets: number } {
  const sc = { ...compiled.scenario, horizon: days * 86400, warmup: Math.min(compiled.scenario.warmup, 86400) };
  const c = { ...compiled, scenario: sc };
  let tickets = 0;
  const t0 = performance.now();
  const s = simulate(c, 0);
  const seconds = (performance.now() - t0) / 1000;
  for (const ch of Object.values(s.channels)) tickets += ch.offered;
  return { ticketsPerSecond: tickets / seconds, tickets };
}
