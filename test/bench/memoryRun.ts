// Child process of the benchmark: runs E1 long enough for the given number of tickets and
// prints its peak resident memory as JSON. Separate so the figure is this run's alone.

import { readFileSync } from 'node:fs';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { simulate } from '../../sim/run/simulate.ts';

const tickets = Number(process.argv[2] ?? 10_000_000);
const r = parseScenarioText(readFileSync(new URL('../../scenarios/erlang-c-e1.yaml', import.meta.url), 'utf8'));
const sc = r.compiled!.scenario;
const horizon = Math.ceil(tickets / (200 / 3600));
const t0 = performance.now();
const summary = simulate({ ...r.compiled!, scenario: { ...sc, horizon, warmup: 86400 } }, 0);
const seconds = (performance.now() - t0) / 1000;
console.log(JSON.stringify({
  tickets: summary.channels.voice.offered,
  seconds,
  peakRssMB: process.resourceUsage().maxRSS / 1024,
}));
