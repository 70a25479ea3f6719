// Benchmark: a year of traffic for a 500-agent multichannel centre (scenarios/large-centre-year.yaml),
// one replication, timed; `days` shortens it for the quick bench (the figure is then scaled).

import { compileFile } from '../support/scenarios.ts';
import { simulate } from '../../sim/run/simulate.ts';

export function yearRun(days: number): { days: number; seconds: number; tickets: number; agents: number } {
  const c = compileFile('large-centre-year.yaml');
  const sc = { ...c.scenario, horizon: days * 86400 };
  const t0 = performance.now();
  const s = simulate({ ...c, scenario: sc }, 0);
  const seconds = (performance.now() - t0) / 1000;
  const tickets = Object.values(s.channels).reduce((n, ch) => n + ch.offered, 0);
  return { days, seconds, tickets, agents: sc.teams.reduce((n, t) => n + t.count, 0) };
}
