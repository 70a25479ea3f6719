// `omnisim trace` names the stage each skills timeout drops (R18): the API priority of the
// optional skills that went, in the printed story and in the JSON lines, the same every run.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { omnisim } from '../support/cli.ts';
import { desk, withRules } from '../triggers/ruleTrace.ts';

/** One email ticket given three stages on creation: spanish #1, billing #2, vip #3 (tier2 #0). */
const STAGED = withRules(desk({
  times: ['0s'], horizon: '400s', settings: { skillsTimeoutEmail: '60s' },
  agents: ['{ team: tier2, count: 1, capacity: { email: 1 }, skills: [tier2] }', '{ team: nobody, count: 0, capacity: { email: 1 }, skills: [spanish, billing, vip] }'],
}), { triggers: [{ title: 'skills', conditions: { all: [{ field: 'update_type', operator: 'is', value: 'Create' }], any: [] }, actions: [{ field: 'add_skills', value: ['spanish#1', 'billing#2', 'vip#3', 'tier2#0'] }] }] });

let dir: string;
const file = () => join(dir, 'staged.yaml');
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omnisim-trace-stages-'));
  writeFileSync(file(), STAGED);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('R18: the skills timeout\'s drop names its stage', () => {
  it('R18: the trace says which priority each timeout dropped: #3 (low) at 60, #2 (medium) at 120, #1 (high) at 180', async () => {
    const o = await omnisim('trace', file(), '--ticket', '1');
    expect(o.code).toBe(0);
    expect(o.out.split('\n').filter((l) => l.includes('timeout:'))).toEqual([
      'd0 00:01:00.0  skills      timeout: optional vip dropped (stage #3, low priority), still needs tier2, spanish, billing (R18)',
      'd0 00:02:00.0  skills      timeout: optional billing dropped (stage #2, medium priority), still needs tier2, spanish (R18)',
      'd0 00:03:00.0  skills      timeout: optional spanish dropped (stage #1, high priority), still needs tier2 (R18)',
    ]);
  });

  it('R18: trace --json gives the stage as a number in each OptionalSkillsDropped event, identical on a second run', async () => {
    const json = async () => (await omnisim('trace', file(), '--ticket', '1', '--json')).out;
    const first = await json();
    const drops = first.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e['type'] === 'OptionalSkillsDropped');
    expect(drops.map((e) => [e['t'], e['stage'], e['dropped']])).toEqual([[60, 3, ['vip']], [120, 2, ['billing']], [180, 1, ['spanish']]]);
    expect(await json()).toBe(first);
  });
});
