// Runs every replication of a scenario and builds the report. Replications are independent
// (disjoint random streams), so the report depends only on the scenario and its seed.

import type { CompiledScenario } from '../engine/compileScenario.ts';
import type { RunSummary } from '../metrics/RunMetrics.ts';
import { simulate } from './simulate.ts';
import { buildReport } from './Report.ts';
import type { Report } from './Report.ts';
import { reportWindows } from '../metrics/reportWindows.ts';

export interface Progress {
  /** Replications finished, plus the fraction of the current one. */
  done: number;
  replications: number;
}

export function runReplications(compiled: CompiledScenario, onProgress?: (p: Progress) => void): RunSummary[] {
  const n = compiled.scenario.replications;
  const runs: RunSummary[] = [];
  for (let r = 0; r < n; r++) {
    const report = onProgress ? (f: number) => onProgress({ done: r + f, replications: n }) : undefined;
    runs.push(simulate(compiled, r, report ? { onProgress: report } : {}));
  }
  return runs;
}

/** The report of every replication; `variant` names the scenario's variant `compiled` is, if one. */
export function runScenario(compiled: CompiledScenario, onProgress?: (p: Progress) => void, variant: string | null = null): Report {
  return buildReport(compiled.scenario, runReplications(compiled, onProgress), reportWindows(compiled.scenario), variant);
}

/** A copy of the compiled scenario with a different seed or number of replications. */
export function withRunOptions(compiled: CompiledScenario, opts: { seed?: number; replications?: number }): CompiledScenario {
  return {
    ...compiled,
    scenario: {
      ...compiled.scenario,
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
      ...(opts.replications !== undefined ? { replications: opts.replications } : {}),
    },
  };
}
