// Bad input never gets past the reader as a crash or as silently wrong numbers. Each case takes
// a scenario of scenarios/, changes one value somewhere in it (a wrong type, a negative or huge
// number, an empty or nonsense string, a missing or unknown key — the typos users make), and
// reads it. The reader must either refuse it with problems that each name a path and say what
// is wrong, or compile it; a compiled one must then run (an hour, one replication) without
// throwing anything but the user's InputError, and give a report whose figures lie in their
// metrics' ranges. Seeded: the same cases on every run, and a failure names its case.

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { parse, stringify } from 'yaml';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';
import { expectedTickets } from '../../sim/run/runSize.ts';
import { rangeOf } from '../../sim/run/metricUnit.ts';
import { InputError } from '../../sim/InputError.ts';
import { reportEstimates } from '../support/reportEstimates.ts';
import { SCENARIO_DIR, readScenarioFile } from '../support/scenarios.ts';

// FUZZ_CASES=500 npx vitest run test/scenario/fuzzScenario.test.ts explores further (and FUZZ_SEED=… elsewhere).
const CASES_PER_FILE = Number(process.env['FUZZ_CASES'] ?? 24);
const SEED = process.env['FUZZ_SEED'] ?? 'fuzz';

const files = readdirSync(SCENARIO_DIR, { recursive: true }).map(String)
  .filter((f) => /\.ya?ml$/.test(f) && !f.endsWith('.sweep.yaml') && !f.includes('large-centre-year')).sort();

type Node = unknown;
type Slot = { parent: Record<string, Node> | Node[]; key: string | number; path: string };

/** Every place in the tree a value sits, with its path. */
function slots(node: Node, path: string, out: Slot[]): Slot[] {
  if (Array.isArray(node)) {
    node.forEach((v, i) => {
      out.push({ parent: node, key: i, path: `${path}[${i}]` });
      slots(v, `${path}[${i}]`, out);
    });
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      out.push({ parent: node as Record<string, Node>, key: k, path: path ? `${path}.${k}` : k });
      slots(v, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

/** What a user might have typed instead. */
const WRONG: { name: string; value: (old: Node) => Node }[] = [
  { name: 'negative', value: (o) => (typeof o === 'number' ? -o - 1 : -5) },
  { name: 'zero', value: () => 0 },
  { name: 'huge', value: () => 1e12 },
  { name: 'fraction', value: () => 0.37 },
  { name: 'empty string', value: () => '' },
  { name: 'nonsense', value: () => 'banana' },
  { name: 'unit typo', value: (o) => (typeof o === 'string' ? o.replace(/[a-z%/]+$/, 'x') : '10x') },
  { name: 'negative duration', value: () => '-5m' },
  { name: 'percent over 100', value: () => '150%' },
  { name: 'null', value: () => null },
  { name: 'list', value: () => [] },
  { name: 'mapping', value: () => ({}) },
  { name: 'boolean', value: () => true },
  { name: 'NaN text', value: () => 'NaN' },
  { name: 'Infinity', value: () => '.inf' },
];

function mutate(doc: Node, u: () => number): string {
  const all = slots(doc, '', []);
  const s = all[Math.floor(u() * all.length)]!;
  const r = u();
  if (r < 0.1 && !Array.isArray(s.parent)) {
    delete (s.parent as Record<string, Node>)[s.key as string];
    return `${s.path}: removed`;
  }
  if (r < 0.15 && !Array.isArray(s.parent)) {
    (s.parent as Record<string, Node>)[`${String(s.key)}s`] = 1;
    return `${s.path}s: unknown key added`;
  }
  const w = WRONG[Math.floor(u() * WRONG.length)]!;
  const old = (s.parent as Record<string | number, Node>)[s.key];
  (s.parent as Record<string | number, Node>)[s.key] = w.value(old);
  return `${s.path}: ${w.name}`;
}


describe('a scenario with one thing wrong', () => {
  for (const f of files) {
    it(`${f}: ${CASES_PER_FILE} changed copies are refused by path or run to sound figures`, () => {
      const text = readFileSync(join(SCENARIO_DIR, f), 'utf8');
      const u = seedrandom(`${SEED}/${f}`);
      for (let i = 0; i < CASES_PER_FILE; i++) {
        const doc = parse(text) as Node;
        const change = mutate(doc, u);
        const where = `${f} case ${i} (${change})`;
        let r: ReturnType<typeof parseScenarioText>;
        try {
          r = parseScenarioText(stringify(doc), { readFile: (p) => readScenarioFile(join(f, '..', p)) });
        } catch (e) {
          throw new Error(`${where}: the reader threw ${String(e)}`, { cause: e });
        }
        for (const p of [...r.errors, ...r.warnings]) {
          expect(typeof p.path === 'string' && p.message.length > 0, `${where}: ${JSON.stringify(p)}`).toBe(true);
        }
        if (!r.compiled) {
          expect(r.errors.length, `${where}: neither compiled nor refused`).toBeGreaterThan(0);
          continue;
        }
        expect(r.errors, where).toEqual([]);
        const sc = r.compiled.scenario;
        const short = withRunOptions({ ...r.compiled, scenario: { ...sc, horizon: Math.min(sc.horizon, 3600), warmup: 0 } }, { replications: 1 });
        // What the run-size note warns about before a long run is not run here.
        if (expectedTickets(short.scenario) > 200_000) continue;
        let report;
        try {
          report = runScenario(short);
        } catch (e) {
          if (e instanceof InputError) continue; // told to the user as theirs to fix
          throw new Error(`${where}: the run threw ${String(e)}`, { cause: e });
        }
        for (const [path, e] of reportEstimates(report)) {
          const [low, high] = rangeOf(path);
          expect(Number.isFinite(e.mean!) && e.mean! >= low && e.mean! <= high, `${where}: ${path} = ${e.mean}`).toBe(true);
        }
      }
    });
  }
});
