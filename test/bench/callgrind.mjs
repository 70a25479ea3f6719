// What the callgrind benches share: the bundle of instructionsEntry.ts (built inside the
// project, so it finds the packages it leaves external in node_modules) and one run of it under
// valgrind's callgrind. V8 runs single-threaded and predictable so that compilation happens at
// the same points in two runs of different lengths, whose difference is then the simulation's.

import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Exits with what to install when valgrind is missing. */
export function needValgrind(script) {
  if (spawnSync('valgrind', ['--version']).status === 0) return;
  console.error(`${script} needs valgrind: apt-get install -y valgrind`);
  process.exit(1);
}

/** `--scenario FILE` (a file in scenarios/), or undefined: E1. Exits saying what to give on a bad one. */
export function scenarioArg() {
  const at = process.argv.indexOf('--scenario');
  if (at < 0) return undefined;
  const scenario = process.argv[at + 1];
  if (scenario && existsSync(fileURLToPath(new URL(`../../scenarios/${scenario}`, import.meta.url)))) return scenario;
  console.error(`--scenario wants the name of a file in scenarios/, e.g. --scenario multichannel-day.yaml${scenario ? ` (no scenarios/${scenario})` : ''}`);
  process.exit(2);
}

/** Bundles the entry into a fresh folder under node_modules/.cache; returns the folder and the bundle. */
export async function bundleEntry(options = {}) {
  const cache = fileURLToPath(new URL('../../node_modules/.cache', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'omnisim-instr-'));
  const bundle = join(dir, 'entry.cjs');
  const entry = fileURLToPath(new URL('./instructionsEntry.ts', import.meta.url));
  await build({ entryPoints: [entry], bundle: true, outfile: bundle, format: 'cjs', platform: 'node', target: 'node20', packages: 'external', logLevel: 'error',
    define: { 'import.meta.dirname': JSON.stringify(fileURLToPath(new URL('../support', import.meta.url))) }, ...options });
  return { dir, bundle };
}

/**
 * One run of the bundle under callgrind: `env` says what it runs (MODE, DAYS, SCENARIO,
 * INLINE_BUDGET); `callgrind` and `node` are extra flags. Resolves to the instructions counted,
 * every event counted by name (`counts`: Ir, and Bcm, D1mr … with --branch-sim / --cache-sim),
 * the tickets (or customers) the run printed last, and its standard output (`stdout`).
 */
export function callgrindRun(bundle, env, { callgrind = ['--callgrind-out-file=/dev/null'], node = [] } = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn('valgrind', ['--tool=callgrind', ...callgrind, '--smc-check=all-non-file',
      process.execPath, '--single-threaded', '--predictable', ...node, bundle], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    const out = [];
    p.stderr.on('data', (d) => (err += d));
    p.stdout.on('data', (d) => out.push(d));
    p.on('close', (code) => {
      const text = Buffer.concat(out).toString();
      const m = /Collected : ([\d ]+)/.exec(err);
      const names = /Events\s*: ([\w ]+)/.exec(err)?.[1].trim().split(/\s+/) ?? ['Ir'];
      const tickets = Number(text.trimEnd().slice(text.trimEnd().lastIndexOf('\n') + 1));
      if (code !== 0 || !m || !(tickets > 0)) reject(new Error(`valgrind run failed (${JSON.stringify(env)}):\n${err.slice(-2000)}${text.slice(-500)}`));
      else {
        const values = m[1].trim().split(/\s+/).map(Number);
        const counts = Object.fromEntries(names.map((n, i) => [n, values[i] ?? 0]));
        resolve({ instructions: values[0], counts, tickets, stdout: text });
      }
    });
  });
}

/** Runs the jobs at most `width` at a time (each is one valgrind process on one core). */
export async function pooled(jobs, width) {
  const out = new Array(jobs.length);
  let next = 0;
  const worker = async () => { while (next < jobs.length) { const i = next++; out[i] = await jobs[i](); } };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
  return out;
}
