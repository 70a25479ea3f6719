// `npm run bench:instructions`: machine instructions per E1 ticket (full model, metrics on) and
// per customer of the bare M/M/14 loop, counted by valgrind's callgrind. Unlike wall time,
// the count does not move with other load on the machine, so a change of a few percent shows.
// Each figure is the difference of two runs (5 and 25 days, 96,000 tickets apart), so
// start-up, compilation and warm-up cancel out. V8 runs single-threaded and predictable so
// that compilation happens at the same points in both runs. Needs valgrind (Debian package).
//
// --scenario FILE: the full model on that bundled scenario (scenarios/FILE, its daily pattern
// repeated) instead of E1, per ticket it created; no bare-loop ratio then.
//
// --budgets 3500,4000,4500,5000: the full model again at each of these cumulative inlining
// budgets (bin/v8tuning.mjs ships 4000). Which calls V8 inlines changes the count by ±10 %
// from one budget to the next, and a code change moves those decisions too: compare a
// change across several budgets (the mean), not at one.

import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { bundleEntry, callgrindRun, needValgrind, pooled, scenarioArg } from './callgrind.mjs';

needValgrind('bench:instructions');
const scenario = scenarioArg();

/** Instructions and tickets (or customers) of one run under callgrind. */
function instructions(mode, days, budget) {
  return callgrindRun(bundle, { MODE: mode, DAYS: String(days), ...(budget ? { INLINE_BUDGET: String(budget) } : {}), ...(scenario ? { SCENARIO: scenario } : {}) });
}

const flag = process.argv.indexOf('--budgets');
const budgets = flag >= 0 ? (process.argv[flag + 1] ?? '').split(',').map(Number) : [];
if (flag >= 0 && (budgets.length === 0 || budgets.some((b) => !Number.isInteger(b) || b < 100))) {
  console.error('--budgets wants a comma-separated list of whole numbers of bytecode bytes, e.g. --budgets 3500,4000,4500');
  process.exit(2);
}
const { dir, bundle } = await bundleEntry();
const [A, B] = [5, 25];
const cases = [['full', 0], ...(scenario ? [] : [['bare', 0]]), ...budgets.map((b) => ['full', b])];
try {
  const counts = await pooled(cases.flatMap(([mode, budget]) => [A, B].map((d) => () => instructions(mode, d, budget))), Math.max(1, availableParallelism()));
  // The difference of the two runs, per ticket the longer run created in addition.
  const per = cases.map((_, i) => (counts[2 * i + 1].instructions - counts[2 * i].instructions) / (counts[2 * i + 1].tickets - counts[2 * i].tickets));
  const [full, bare] = per;
  if (scenario) {
    console.log(`full model, ${scenario} (metrics on)   ${full.toFixed(0).padStart(6)} instructions per ticket`);
  } else {
    console.log(`full model, E1 (metrics on)   ${full.toFixed(0).padStart(6)} instructions per ticket`);
    console.log(`bare typed-array M/M/14 loop  ${bare.toFixed(0).padStart(6)} instructions per customer`);
    console.log(`  ratio                       ${(full / bare).toFixed(2).padStart(6)}×   (target for time: ≤ 2.5×)`);
  }
  if (budgets.length > 0) {
    const at = per.slice(scenario ? 1 : 2);
    budgets.forEach((b, i) => console.log(`  at inlining budget ${String(b).padStart(5)}   ${at[i].toFixed(0).padStart(6)} instructions per ticket`));
    const mean = at.reduce((x, y) => x + y, 0) / at.length;
    console.log(`  mean over the budgets       ${mean.toFixed(0).padStart(6)}   (spread ${Math.min(...at).toFixed(0)}–${Math.max(...at).toFixed(0)})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
