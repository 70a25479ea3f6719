// Test helpers: load a scenario file of scenarios/ (or YAML text) and run it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { runScenario, withRunOptions } from '../../sim/run/runScenario.ts';
import type { Report } from '../../sim/run/Report.ts';

export const SCENARIO_DIR = join(import.meta.dirname, '..', '..', 'scenarios');

/** E1 over two hours: 200 calls an hour of 180 s on 14 agents. Quick to run, easy to break. */
export const SMALL_VOICE = `horizon: 2h
warmup: 0s
replications: 2
channels:
  voice:
    arrivals: { rate: 200/h }
    handleTime: { distribution: exponential, mean: 180s }
agents:
  - team: phones
    count: 14
    capacity: { voice: 1 }
`;

/** Reads files a scenario refers to, relative to scenarios/. */
export const readScenarioFile = (path: string) => {
  try {
    return readFileSync(join(SCENARIO_DIR, path), 'utf8');
  } catch {
    return { error: `${path}: no such file` };
  }
};

export function compileText(yaml: string): CompiledScenario {
  const r = parseScenarioText(yaml, { readFile: readScenarioFile });
  if (!r.compiled) throw new Error(r.errors.map((e) => formatProblem(e)).join('\n'));
  return r.compiled;
}

export function compileFile(name: string): CompiledScenario {
  return compileText(readFileSync(join(SCENARIO_DIR, name), 'utf8'));
}

export function runFile(name: string, opts: { seed?: number; replications?: number } = {}): Report {
  return runScenario(withRunOptions(compileFile(name), opts));
}

/** Runs a scenario given as YAML text, with its own seed and replications. */
export function runText(yaml: string): Report {
  return runScenario(compileText(yaml));
}
