// Q19: "Recipes B, C, D and F3 are reconstructions; verify before shipping scenarios." Each
// recipe scenario says which recipe of spec §9 it encodes (`recipe:`), and the reconstructed
// ones say what was reconstructed — A's conditions too, which the spec marks (inferred). A user
// meets that wherever they meet the recipe: `validate`, `run`, `compare` and `trace` print a
// note (not with --quiet), the JSON report carries `recipe`, and the HTML report shows it.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { omnisim } from '../support/cli.ts';

const FILES = {
  A: 'a-surge-messaging-routing.yaml', B: 'b-surge-omnichannel-routing.yaml', C: 'c-outside-business-hours.yaml',
  D: 'd-reporting-ended-sessions.yaml', E: 'e-csat-on-session-end.yaml', F: 'f-abandoned-conversations.yaml',
  G: 'g-active-inactive-queues.yaml',
} as const;
const path = (f: string) => join(SCENARIO_DIR, 'recipes', f);
const parsed = (f: string) => parseScenarioText(readFileSync(path(f), 'utf8'));

describe('Q19: recipe scenarios say which recipe they encode and what is reconstructed', () => {
  it('B, C and D (and A\'s inferred conditions) are reconstructed; E, F1/F2 and G are exact', () => {
    const reconstructed = Object.entries(FILES).filter(([, f]) => parsed(f).compiled!.scenario.recipe!.reconstructed !== null).map(([k]) => k);
    expect(reconstructed).toEqual(['A', 'B', 'C', 'D']);
    for (const [k, f] of Object.entries(FILES)) expect(parsed(f).compiled!.scenario.recipe!.name.startsWith(`${k} — `), f).toBe(true);
  });

  it('recipe F: exactly the variants that carry F3 are labelled reconstructed', () => {
    const r = parsed(FILES.F);
    const labelled = r.variants.filter((v) => v.compiled.scenario.recipe?.reconstructed).map((v) => v.name);
    const withF3 = r.variants.filter((v) => v.compiled.scenario.triggers.some((t) => t.title.startsWith('F3'))).map((v) => v.name);
    expect(withF3.length).toBeGreaterThan(0);
    expect(labelled).toEqual(withF3);
    for (const v of r.variants) if (labelled.includes(v.name)) expect(v.compiled.scenario.recipe!.name.startsWith('F3 — ')).toBe(true);
  });

  it('validate names the reconstruction, with the spec\'s Q19; an exact recipe gets no note', async () => {
    for (const k of ['B', 'C', 'D'] as const) {
      const o = await omnisim('validate', path(FILES[k]));
      expect(o.code).toBe(0);
      expect(o.err).toMatch(new RegExp(`^note: recipe ${k} — .* is reconstructed \\(spec Q19\\): .+ Check it against your help desk's recipe before switching it on\\.$`, 'm'));
    }
    const e = await omnisim('validate', path(FILES.E));
    expect(e.err).not.toContain('note:');
    const f = await omnisim('validate', path(FILES.F));
    expect(f.err.match(/^note: variant (\S+): recipe F3 — /gm)).toEqual(['note: variant f3-secondary-queue: recipe F3 — ', 'note: variant f3-counting-inactive: recipe F3 — ']);
  });

  it('run and trace of a reconstructed recipe say it; run --quiet does not; the JSON report carries it', async () => {
    const run = await omnisim('run', path(FILES.D), '--replications', '2', '--json', '-');
    expect(run.code).toBe(0);
    expect(run.err).toContain('note: recipe D — Reporting on messaging tickets with ended sessions');
    const report = JSON.parse(run.out) as { recipe?: { name: string; reconstructed: string | null } };
    expect(report.recipe?.name).toBe('D — Reporting on messaging tickets with ended sessions');
    expect(report.recipe?.reconstructed).toMatch(/only the title was read/);
    const quiet = await omnisim('run', path(FILES.D), '--replications', '2', '--json', '-', '--quiet');
    expect(quiet.err).toBe('');
    const trace = await omnisim('trace', path(FILES.F), '--variant', 'f3-secondary-queue', '--ticket', '1');
    expect(trace.err).toContain('note: recipe F3 — ');
    const exact = await omnisim('trace', path(FILES.F), '--variant', 'f1-solve', '--ticket', '1');
    expect(exact.err).not.toContain('note:');
  });

  it('a recipe block is checked like any other key', () => {
    const bad = parseScenarioText('channels: { email: { arrivals: { rate: 1/h } } }\nrecipe: { name: X, reconstruted: y }\n');
    expect(bad.errors.map((e) => e.path)).toEqual(['recipe.reconstruted']);
  });
});
