// Runs one sweep unit: applies the point's edits to the scenario, compiles it (cached per point
// within a process), and simulates the one replication. Pure apart from that cache.

import { parseScenarioText } from '../../scenario/read/parseScenario.ts';
import { formatProblem } from '../../scenario/read/Problems.ts';
import type { Problem } from '../../scenario/read/Problems.ts';
import type { CompiledScenario } from '../../engine/compileScenario.ts';
import { simulate } from '../simulate.ts';
import { flattenSummary } from '../compare.ts';
import { withRunOptions } from '../runScenario.ts';
import { parsePath, setPath, isError } from './setPath.ts';
import type { UnitResult, UnitSpec } from './Unit.ts';

const cache = new Map<string, { compiled: CompiledScenario; warnings: Problem[] }>();

/** The compiled scenario of a unit's point (an Error with every problem if it does not read). */
export function compileUnit(u: UnitSpec): CompiledScenario {
  const r = readUnit(u);
  if ('errors' in r) throw new Error(r.errors.map((e) => formatProblem(e)).join('; '));
  return r.compiled;
}

/** The compiled scenario of a unit's point, or its problems (paths into the scenario). */
/** The unit's compiled scenario and the scenario's warnings (as edited), or its problems. */
export function readUnit(u: UnitSpec): { compiled: CompiledScenario; warnings: Problem[] } | { errors: Problem[] } {
  const key = JSON.stringify([u.scenarioText.length, u.edits, u.variant, u.seed, u.replications, hash(u.scenarioText)]);
  const hit = cache.get(key);
  if (hit) return hit;
  const r = parseScenarioText(u.scenarioText, {
    readFile: (path) => u.files[path] ?? { error: `${path}: not sent with the sweep` },
    edit: (raw) => {
      let out = raw;
      for (const [path, value] of u.edits) {
        const segs = parsePath(path);
        if ('error' in segs) return segs;
        const next = setPath(out, segs, value);
        if (isError(next)) return { error: `grid ${path}: ${next.error}` };
        out = next;
      }
      return out;
    },
  });
  if (!r.compiled) return { errors: r.errors };
  let compiled = r.compiled;
  if (u.variant !== null) {
    const v = r.variants.find((x) => x.name === u.variant);
    if (!v) return { errors: [{ path: '', message: `no variant "${u.variant}" (variants: ${r.variants.map((x) => x.name).join(', ') || 'none'})` }] };
    compiled = v.compiled;
  }
  compiled = withRunOptions(compiled, { ...(u.seed !== null ? { seed: u.seed } : {}), ...(u.replications !== null ? { replications: u.replications } : {}) });
  const read = { compiled, warnings: r.warnings };
  if (cache.size > 16) cache.delete(cache.keys().next().value!);
  cache.set(key, read);
  return read;
}

export function runUnit(u: UnitSpec): UnitResult {
  const out: UnitResult = {};
  for (const [k, v] of flattenSummary(simulate(compileUnit(u), u.replication))) out[k] = Number.isFinite(v) ? v : null;
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
