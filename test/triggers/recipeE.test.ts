// Recipe E (§9, exact): "Request customer satisfaction rating (messaging)" with "Status category
// | Changed to | Solved" moved from ALL to ANY and "Messaging session ended reason | Changed to |
// Ended by agent" added to ANY. Without it, customers whose session an agent ended never get a
// survey (R49). Checked on the recipe scenario itself and on a tiny exact version of it that
// uses the scenario's own triggers.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chat, fixed } from '../behaviour/tinyChat.ts';
import { record } from '../support/record.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { SimEvent } from '../../sim/model/events.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { only, withRules } from './ruleTrace.ts';

const FILE = 'recipes/e-csat-on-session-end.yaml';
const TITLE = 'Request customer satisfaction rating (messaging)';
const text = readFileSync(join(SCENARIO_DIR, FILE), 'utf8');
const raw = parse(text) as { triggers: object[]; variants: { recipe: { triggers: object[] } } };

describe('recipe E, tiny and exact (the scenario\'s own triggers on one conversation)', () => {
  // Assigned at 0; messages at 10, 30, 40; at 40 the conversation closes. Agent-ended sessions
  // are routed as email (as in the recipe scenario) and solved 100 s later, at 140.
  const conversation = (closing: 'agentSolves' | 'agentEndsSession') =>
    chat({ horizon: '300s', closing, settings: { routeAgentEndedAsEmail: true }, conversation: [`endSessionWork: ${fixed('100s')}`] });
  const run = (closing: 'agentSolves' | 'agentEndsSession', triggers: object[]) =>
    only(record(withRules(conversation(closing), { triggers })), 'SessionEnded', 'TicketStatusChanged', 'SurveySent', 'TriggerFired');

  it('baseline: the agent ends the session, the ticket is solved later as email — no survey (R49)', () => {
    expect(run('agentEndsSession', raw.triggers)).toEqual([
      '0 status #1 new→open',
      '40 ended #1 by agent freed',
      '140 status #1 open→solved',
    ]);
  });

  it('recipe: the survey goes out when the agent ends the session; the later solve sends no second one', () => {
    expect(run('agentEndsSession', raw.variants.recipe.triggers)).toEqual([
      '0 status #1 new→open',
      '40 ended #1 by agent freed', `40 survey #1 by ${TITLE}`, `40 ${TITLE} #1`,
      '140 status #1 open→solved', `140 ${TITLE} #1 no-op`,
    ]);
  });

  it('a conversation solved in the messaging channel gets its survey either way', () => {
    const solved = ['0 status #1 new→open', '40 status #1 open→solved', `40 survey #1 by ${TITLE}`, `40 ${TITLE} #1`];
    expect(run('agentSolves', raw.triggers)).toEqual(solved);
    expect(run('agentSolves', raw.variants.recipe.triggers)).toEqual(solved);
  });
});

describe('recipe E on scenarios/recipes/e-csat-on-session-end.yaml', () => {
  const parsed = parseScenarioText(text);
  const variant = (name: string): CompiledScenario => parsed.variants.find((v) => v.name === name)!.compiled;

  function events(compiled: CompiledScenario, replication: number): SimEvent[] {
    const e = new Engine(compiled, replication);
    const out: SimEvent[] = [];
    e.bus.subscribe((ev) => out.push(copyEvent(ev)));
    e.run();
    return out;
  }
  const ids = (evs: SimEvent[], pick: (e: SimEvent) => boolean) => evs.filter(pick).map((e) => (e as { ticket: number }).ticket);
  const agentEnded = (e: SimEvent) => e.type === 'SessionEnded' && e.reason === 'agent';
  const survey = (e: SimEvent) => e.type === 'SurveySent';

  it('has the two variants, baseline and recipe, and parses cleanly', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.variants.map((v) => v.name)).toEqual(['baseline', 'recipe']);
  });

  it('replication 0: baseline surveys skip every agent-ended session; the recipe adds exactly one survey per agent-ended session, sent when it ends', () => {
    const base = events(variant('baseline'), 0);
    const recipe = events(variant('recipe'), 0);
    // Common random numbers: surveys change nothing else, so both runs are the same apart from them.
    const rest = (evs: SimEvent[]) => evs.filter((e) => e.type !== 'SurveySent' && e.type !== 'TriggerFired');
    expect(rest(recipe)).toEqual(rest(base));

    const ended = ids(base, agentEnded);
    expect(ended.length).toBeGreaterThan(50);
    const baseSurveys = ids(base, survey);
    const recipeSurveys = ids(recipe, survey);
    expect(baseSurveys.filter((t) => ended.includes(t))).toEqual([]);
    expect(new Set(recipeSurveys).size).toBe(recipeSurveys.length);
    expect(recipeSurveys.length - baseSurveys.length).toBe(ended.length);
    expect([...recipeSurveys].sort((a, b) => a - b)).toEqual([...baseSurveys, ...ended].sort((a, b) => a - b));
    // Each extra survey at the instant its session ended, by the recipe's trigger.
    const endedAt = new Map(base.filter(agentEnded).map((e) => [(e as { ticket: number }).ticket, e.t]));
    for (const e of recipe) {
      if (e.type === 'SurveySent' && endedAt.has(e.ticket)) expect([e.t, e.trigger]).toEqual([endedAt.get(e.ticket), TITLE]);
    }
    // Baseline surveys: exactly the conversations solved while their session was still live.
    const conversations = new Set(ids(base, (e) => e.type === 'TicketCreated' && e.channel === 'messaging'));
    const solvedLive = base.filter((e) => e.type === 'TicketStatusChanged' && e.to === 'solved' && conversations.has(e.ticket) && !ended.includes(e.ticket))
      .map((e) => (e as { ticket: number }).ticket);
    expect([...baseSurveys].sort((a, b) => a - b)).toEqual([...new Set(solvedLive)].sort((a, b) => a - b));
  });

  it('the report\'s figures: surveys sent (recipe − baseline) = sessions ended by an agent, replication by replication', () => {
    for (const r of [0, 1, 2]) {
      const base = simulate(variant('baseline'), r);
      const recipe = simulate(variant('recipe'), r);
      expect(recipe.sessions.endedByAgent).toBe(base.sessions.endedByAgent);
      expect(recipe.triggers[TITLE]!.surveysSent - base.triggers[TITLE]!.surveysSent).toBe(base.sessions.endedByAgent);
      expect(recipe.sessions.endedByAgent).toBeGreaterThan(0);
    }
  });
});
