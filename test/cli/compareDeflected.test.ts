// `omnisim compare` lists a channel's deflected customers (the session ended before an answer,
// the ticket not re-routed) among its headline lines. Without it, recipe C's comparison read
// "waitProbability 0.0 %, abandonRate 0.0 %" beside "serviceLevel 62 %": the night-time customers
// whose session T2 ended at creation were in the service level's denominator but on no line.

import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { omnisim } from '../support/cli.ts';

describe('omnisim compare: deflected customers', () => {
  it('recipe C: the recipe deflects the night-time conversations, and the line says how many', async () => {
    const o = await omnisim('compare', join(SCENARIO_DIR, 'recipes/c-outside-business-hours.yaml'), '--replications', '3', '--variant', 'baseline', '--variant', 'recipe');
    expect(o.code).toBe(0);
    const line = o.out.split('\n').find((l) => l.startsWith('channels.messaging.deflected '));
    expect(line, o.out).toBeDefined();
    const cells = line!.trim().split(/\s{3,}/);
    // metric, baseline, recipe, recipe − baseline (marked significant)
    expect(cells[1]).toBe('0');
    expect(cells[3]).toMatch(/^\+\d+ ± \d+(\.\d+)? \*$/);
  });

  it('a comparison without deflected customers has no such line', async () => {
    const o = await omnisim('compare', join(SCENARIO_DIR, 'recipes/d-reporting-ended-sessions.yaml'), '--replications', '2');
    expect(o.code).toBe(0);
    expect(o.out).not.toContain('deflected');
  });
});
