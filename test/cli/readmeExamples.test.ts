// The README's printed examples are what the commands print today. Its trace of a reclassified
// ticket was left from before the lognormal draws changed (accepted after 0.78s, solved at
// 00:28:18.7, where the command prints 4.26s and 00:33:57.6). Each block below is an excerpt:
// every line it shows must be a line of the command's output (table columns compared with their
// spacing collapsed, since an excerpt's rows may be narrower than all of them).

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';

const README = readFileSync(join(SCENARIO_DIR, '..', 'README.md'), 'utf8').split('\n');

/** The lines of the README's fenced block whose first line starts with `first`. */
function block(first: string): string[] {
  const start = README.findIndex((l, i) => l.startsWith(first) && README[i - 1]!.startsWith('```'));
  expect(start, `a README block starting "${first}"`).toBeGreaterThan(0);
  const end = README.indexOf('```', start);
  return README.slice(start, end);
}

const collapse = (l: string) => l.trim().replace(/\s+/g, ' ');

async function expectExcerpt(first: string, ...argv: string[]) {
  const r = await omnisim(...argv.map((a) => (a.endsWith('.yaml') ? join(SCENARIO_DIR, a) : a)));
  expect(r.code).toBe(0);
  const printed = new Set(r.out.split('\n').map(collapse));
  const missing = block(first).filter((l) => l.trim() !== '' && !printed.has(collapse(l)) && !/^omnisim /.test(l));
  expect(missing).toEqual([]);
}

describe('README examples match what the commands print', () => {
  it('trace end-sessions-routed-as-email.yaml --find reclassified', () =>
    expectExcerpt('ticket 7 · end-sessions-routed-as-email', 'trace', 'end-sessions-routed-as-email.yaml', '--find', 'reclassified'));
  it('compare recipes/a-surge-messaging-routing.yaml', () =>
    expectExcerpt('metric                            baseline (reference)', 'compare', 'recipes/a-surge-messaging-routing.yaml'));
  it('compare inbox-pull-vs-push.yaml', () =>
    expectExcerpt('metric                            push (reference)', 'compare', 'inbox-pull-vs-push.yaml'));
  it('trace brands.yaml (a ticket of brand beta)', () =>
    expectExcerpt('d0 09:16:59.1  created', 'trace', 'brands.yaml', '--find', 'abandoned', '--after', '09:00'));
  it('compare brands.yaml', () =>
    expectExcerpt('metric                               restricted (reference)', 'compare', 'brands.yaml'));
  it('run brands.yaml: the brand table', () =>
    expectExcerpt('brand (R7) ', 'run', 'brands.yaml'));
  it('staff brands.yaml --brand beta', () =>
    expectExcerpt('omnisim staff scenarios/brands.yaml', 'staff', 'brands.yaml', '--target', 'messaging:sl=80%/60s', '--brand', 'beta', '--by', 'team'));
});
