// `inboxes:` in scenario files: defaults, every mistake with its path and line, and the
// pull-versus-push pair of scenarios/ compared on common random numbers — pull adds the
// pick-up delay to every customer's wait, so waits grow and the service level drops.

import { describe, it, expect } from 'vitest';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { formatProblem } from '../../sim/scenario/read/Problems.ts';
import { compareVariants } from '../../sim/run/compare.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { compileText, readScenarioFile } from '../support/scenarios.ts';
import { invariantViolations } from '../support/invariants.ts';

const BASE = `name: s
channels:
  messaging: { arrivals: { rate: 10/h } }
agents:
  - { team: a, count: 2, groups: [support] }
`;

function problems(inboxes: string): { errors: string[]; warnings: string[] } {
  const r = parseScenarioText(BASE + inboxes);
  return { errors: r.errors.map((p) => formatProblem(p, 's.yaml')), warnings: r.warnings.map((p) => formatProblem(p, 's.yaml')) };
}

describe('inboxes: in a scenario', () => {
  it('fills the pull settings with their defaults', () => {
    const sc = compileText(BASE + 'inboxes:\n  - { name: support, groups: [support], mode: pull }\n').scenario;
    expect(sc.inboxes).toEqual([{
      name: 'support', groups: ['support'], mode: 'pull', channels: ['messaging', 'email'],
      pickUpDelay: { distribution: 'exponential', mean: 30 }, pick: 'oldest', maxOpenPerAgent: null, pickOnlyWhenIdle: false,
    }]);
  });

  it('reads every setting', () => {
    const sc = compileText(BASE + `inboxes:
  - name: support
    groups: support
    mode: pull
    channels: [messaging, talk]
    pickUpDelay: { distribution: uniform, min: 10s, max: 2m }
    pick: priority
    maxOpenPerAgent: 4
    pickOnlyWhenIdle: true
`).scenario;
    expect(sc.inboxes[0]).toEqual({
      name: 'support', groups: ['support'], mode: 'pull', channels: ['messaging', 'voice'],
      pickUpDelay: { distribution: 'uniform', min: 10, max: 120 }, pick: 'priority', maxOpenPerAgent: 4, pickOnlyWhenIdle: true,
    });
  });

  it('refuses an inbox without a mode, naming both choices', () => {
    expect(problems('inboxes:\n  - { name: support, groups: [support] }\n').errors).toEqual([
      's.yaml:7:5 inboxes[0].mode: give mode: pull (agents pick tickets from the Unassigned view) or push (omnichannel routing assigns them)',
    ]);
  });

  it('refuses a misspelt pick order with a suggestion, and a count below 1', () => {
    expect(problems('inboxes:\n  - { name: support, groups: [support], mode: pull, pick: oldst, maxOpenPerAgent: 0 }\n').errors).toEqual([
      's.yaml:7:53 inboxes[0].pick: expected one of oldest, newest, priority, got "oldst" (did you mean "oldest"?)',
      's.yaml:7:66 inboxes[0].maxOpenPerAgent: expected a whole number ≥ 1, got 0',
    ]);
  });

  it('refuses a group in two inboxes: a ticket waits in one place', () => {
    expect(problems('inboxes:\n  - { name: a, groups: [support], mode: pull }\n  - { name: b, groups: [support], mode: push }\n').errors).toEqual([
      's.yaml:8:16 inboxes[1].groups: group "support" is already in inbox "a": a group belongs to one inbox at most',
    ]);
  });

  it('refuses an unknown channel and an unknown key', () => {
    expect(problems('inboxes:\n  - { name: a, groups: [support], mode: pull, channels: [fax], delay: 3m }\n').errors).toEqual([
      's.yaml:7:64 inboxes[0].delay: unknown key "delay"; expected one of name, groups, mode, channels, pickUpDelay, pick, maxOpenPerAgent, pickOnlyWhenIdle',
      's.yaml:7:58 inboxes[0].channels[0]: expected one of messaging, email, voice, got "fax"',
    ]);
  });

  it('warns when no team belongs to a pulled group', () => {
    expect(problems('inboxes:\n  - { name: sales, groups: [sales], mode: pull }\n').warnings).toEqual([
      's.yaml:7:20 inboxes[0].groups: no team belongs to group "sales": nobody picks its tickets from the Unassigned view of "sales"',
    ]);
  });
});

describe('scenarios/inbox-pull-vs-push.yaml', () => {
  const r = parseScenarioText(readScenarioFile('inbox-pull-vs-push.yaml') as string);
  const variants = r.variants.map((v) => ({ name: v.name, compiled: withRunOptions(v.compiled, { replications: 8 }) }));

  it('has the push reference first and the pull variant second', () => {
    expect(r.errors).toEqual([]);
    expect(variants.map((v) => v.name)).toEqual(['push', 'pull']);
  });

  it('pull adds the pick-up delay to waits: ASA and abandonment up, service level down, significantly', () => {
    const c = compareVariants(variants);
    const d = c.differences[0]!.values;
    const up = (k: string) => expect(d[k]!.mean! > 0 && d[k]!.significant, `${k}: ${JSON.stringify(d[k])}`).toBe(true);
    const down = (k: string) => expect(d[k]!.mean! < 0 && d[k]!.significant, `${k}: ${JSON.stringify(d[k])}`).toBe(true);
    up('channels.messaging.asaSeconds');
    up('channels.messaging.meanWaitSeconds');
    up('channels.messaging.abandonRate');
    up('channels.email.asaSeconds');
    down('channels.messaging.serviceLevel');
    // Same customers in both: the offered counts are identical (common random numbers).
    expect(d['channels.messaging.offered']!.mean).toBe(0);
    expect(d['channels.email.offered']!.mean).toBe(0);
    // Every pulled customer waited at least one pick-up delay: nobody is answered at once.
    expect(c.variants[1]!.values['channels.messaging.waitProbability']!.mean).toBe(1);
  });

  it('keeps the engine invariants, and every agent who could pick has a pick pending, hour after hour', () => {
    const pull = variants.find((v) => v.name === 'pull')!.compiled;
    for (let rep = 0; rep < 2; rep++) {
      const e = new Engine(pull, rep);
      for (let t = 3600; t <= pull.scenario.horizon; t += 3600) {
        e.runUntil(t);
        expect(invariantViolations(e), `rep ${rep} at ${t}s`).toEqual([]);
        expect(e.inboxes!.missedPicks(), `rep ${rep} at ${t}s`).toEqual([]);
      }
    }
  });
});
