// `omnisim compare` on a scenario with one variant compares it with the scenario unchanged,
// named "base" — and a variant itself called "base" printed "base (reference)" twice and a
// difference "base − base", with --variant base unable to tell the two apart.

import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

const dir = mkdtempSync(join(tmpdir(), 'omnisim-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withVariant(name: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `${SMALL_VOICE}variants:\n  ${name}:\n    settings: { assignmentMethod: roundRobin }\n`);
  return file;
}

describe('omnisim compare with one variant', () => {
  it('names the unchanged scenario "base"', async () => {
    const r = await omnisim('compare', withVariant('recipe'), '--json', '-');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).variants.map((v: { name: string }) => v.name)).toEqual(['base', 'recipe']);
  });

  it('names it "scenario" when the variant is called base', async () => {
    const r = await omnisim('compare', withVariant('base'), '--json', '-');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out);
    expect(c.variants.map((v: { name: string }) => v.name)).toEqual(['scenario', 'base']);
    expect(c.reference).toBe('scenario');
  });
});
