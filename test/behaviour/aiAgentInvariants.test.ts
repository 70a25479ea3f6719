// R6 with everything else messaging has: recipe A (exchanges, offers, inactivity, a trigger
// that ends inactive unassigned sessions, an hourly automation) with an AI agent in front. The
// engine's invariants hold between events; a ticket the AI agent holds is in no queue, counts
// on nobody's capacity and has no customer waiting; what the AI agent took is accounted for.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../../sim/engine/Engine.ts';
import { SCENARIO_DIR, compileText, runText } from '../support/scenarios.ts';
import { invariantViolations } from '../support/invariants.ts';

const recipe = readFileSync(join(SCENARIO_DIR, 'recipes', 'a-surge-messaging-routing.yaml'), 'utf8');
const TEXT = recipe.replace('    serviceLevelThreshold: 60s\n',
  '    serviceLevelThreshold: 60s\n    aiAgent: { share: 70%, resolves: 30%, handleTime: { distribution: lognormal, mean: 2m, cv: 1 } }\n')
  .replace(/^replications: \d+$/m, 'replications: 3');

describe('R6: an AI agent in front of recipe A', () => {
  it('the scenario has the AI agent', () => expect(TEXT).toContain('aiAgent:'));

  for (const replication of [0, 1]) {
    it(`replication ${replication}: invariants hold and held tickets are out of routing`, () => {
      const e = new Engine(compileText(TEXT), replication);
      const wrong: string[] = [];
      let held = 0;
      for (let t = 300; t <= e.horizon; t += 300) {
        e.runUntil(t);
        for (const v of invariantViolations(e)) wrong.push(`${t}: ${v}`);
        e.pool.forEachLive((x) => {
          if (!x.aiHeld) return;
          held++;
          if (x.queue !== null || x.countedAgent >= 0 || !Number.isNaN(x.waitingSince) || x.patienceTimer >= 0) wrong.push(`${t}: held ticket ${x.id} is in routing`);
        });
      }
      expect(wrong).toEqual([]);
      expect(held).toBeGreaterThan(0);
    });
  }

  it('what the AI agent took is resolved, escalated, ended or still held; the customers reaching routing balance', () => {
    const r = runText(TEXT);
    const ai = r.aiAgent!.messaging!, m = r.channels.messaging!;
    expect(ai.resolved.mean! + ai.escalated.mean! + ai.ended.mean! + ai.withAiAtEnd.mean!).toBeCloseTo(ai.taken.mean!, 9);
    expect(m.answered.mean! + m.abandoned.mean! + m.deflected.mean! + m.unansweredAtEnd.mean!).toBeCloseTo(m.offered.mean!, 9);
    expect(ai.resolvedShare.mean!).toBeGreaterThan(0.2);
  });
});
