// `npm run bench:instructions`: machine instructions per E1 ticket (full model, metrics on) and
// per customer of the bare M/M/14 loop, counted by valgrind's callgrind. Unlike wall time,
// the count does not move with other load on the machine, so a change of a few percent shows.
// Each figure is the difference of two runs (5 and 25 days, 96,000 tickets apart), so
// start-up, compilation and warm-up cancel out. V8 runs single-threaded and predictable so
// that compilation happens at the same points in both runs. Needs valgrind (Debian package).

import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('bench:instructions needs valgrind: apt-get install -y valgrind');
  process.exit(1);
}
// Inside the project, so the bundle finds the packages it leaves external in node_modules.
const cache = fileURLToPath(new URL('../../node_modules/.cache', import.meta.url));
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'omnisim-instr-'));
const bundle = join(dir, 'entry.cjs');
const entry = fileURLToPath(new URL('./instructionsEntry.ts', import.meta.url));
await build({ entryPoints: [entry], bundle: true, outfile: bundle, format: 'cjs', platform: 'node', target: 'node20', packages: 'external', logLevel: 'error',
  define: { 'import.meta.dirname': JSON.stringify(fileURLToPath(new URL('../support', import.meta.url))) } });

function instructions(mode, days) {
  const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', '--smc-check=all-non-file',
    process.execPath, '--single-threaded', '--predictable', bundle], { env: { ...process.env, MODE: mode, DAYS: String(days) }, encoding: 'utf8' });
  const m = /Collected : (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`valgrind run failed (${mode}, ${days} d):\n${r.stderr.slice(-2000)}`);
  return Number(m[1]);
}

const [A, B] = [5, 25];
const perTicket = (mode) => (instructions(mode, B) - instructions(mode, A)) / ((B - A) * 4800);
try {
  const full = perTicket('full');
  const bare = perTicket('bare');
  console.log(`full model, E1 (metrics on)   ${full.toFixed(0).padStart(6)} instructions per ticket`);
  console.log(`bare typed-array M/M/14 loop  ${bare.toFixed(0).padStart(6)} instructions per customer`);
  console.log(`  ratio                       ${(full / bare).toFixed(2).padStart(6)}×   (target for time: ≤ 2.5×)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
