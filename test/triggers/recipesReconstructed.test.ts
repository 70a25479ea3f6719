// Q19: recipes B, C, D and F3 are reconstructions. These tests pin what each reconstruction says
// it does, on the recipe scenarios themselves (replication 0's events, and for F3 a paired
// comparison), so that a change to the engine, the triggers or the scenario that stops a recipe
// behaving as its text describes fails here.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { copyEvent } from '../../sim/model/events.ts';
import type { SimEvent } from '../../sim/model/events.ts';
import { compareVariants } from '../../sim/run/compare.ts';
import { withRunOptions } from '../../sim/run/runScenario.ts';

type Ev<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

function scenario(file: string) {
  const r = parseScenarioText(readFileSync(join(SCENARIO_DIR, 'recipes', file), 'utf8'));
  expect(r.errors).toEqual([]);
  return (name: string) => r.variants.find((v) => v.name === name)!.compiled;
}

/** Replication 0 of a variant: its events, and each agent's team name. */
function run(compiled: ReturnType<ReturnType<typeof scenario>>) {
  const e = new Engine(compiled, 0);
  const events: SimEvent[] = [];
  e.bus.subscribe((ev) => events.push(copyEvent(ev)));
  e.run();
  const team = (agent: number) => compiled.scenario.teams[e.agents[agent]!.team]!.name;
  const of = <T extends SimEvent['type']>(type: T) => events.filter((x): x is Ev<T> => x.type === type);
  return { events, team, of };
}
const key = (x: { ticket: number; t: number }) => `${x.ticket}@${x.t}`;

describe('Q19, recipe B: inactive conversations routed as email, served from the queue below the live one', () => {
  const variant = scenario('b-surge-omnichannel-routing.yaml');
  const TITLE = 'Surge: route inactive conversations as email';
  const { events, team, of } = run(variant('recipe'));
  const fired = of('TriggerFired').filter((x) => x.trigger === TITLE);

  it('fires exactly when a session changes to inactive because the user went quiet, and sets routing channel = email then', () => {
    const quiet = of('SessionStateChanged').filter((x) => x.from === 'active' && x.to === 'inactive' && x.reason === 'user inactive or offline');
    expect(fired.length).toBeGreaterThan(50);
    expect(fired.map(key).sort()).toEqual(quiet.map(key).sort());
    const toEmail = new Set(of('RoutingChannelChanged').filter((x) => x.from === 'messaging' && x.to === 'email').map(key));
    for (const f of fired) expect(toEmail.has(key(f)), key(f)).toBe(true);
    // Never on a session an agent ended (that is the setting's job, R43).
    const agentEnded = new Set(of('SessionEnded').filter((x) => x.reason === 'agent').map((x) => x.ticket));
    for (const f of fired) expect(agentEnded.has(f.ticket)).toBe(false);
  });

  it('a reclassified ticket an agent had stays theirs as email; one routed goes to the email group; the queues keep the channels apart', () => {
    const reclassifiedAt = new Map(fired.map((f) => [f.ticket, f.t]));
    const holder = new Map<number, number>(); // ticket → its agent now
    let routedToEmailGroup = 0;
    let keptByAgent = 0;
    for (const x of events) {
      if (x.type === 'TicketUnassigned') holder.delete(x.ticket);
      if (x.type === 'TriggerFired' && x.trigger === TITLE && holder.has(x.ticket)) keptByAgent++;
      if (x.type === 'TicketAssigned') {
        holder.set(x.ticket, x.agent);
        if (reclassifiedAt.has(x.ticket) && x.t >= reclassifiedAt.get(x.ticket)! && x.how === 'routed') {
          expect([x.channel, team(x.agent)]).toEqual(['email', 'email']);
          routedToEmailGroup++;
        }
      }
    }
    // Conversations go quiet mostly while an agent has them: the agent keeps the ticket as email
    // (the docs are silent, Q4), so the email queue only serves those that go quiet unassigned —
    // none in this replication (said in the scenario's comment).
    expect(keptByAgent).toBeGreaterThan(0);
    expect(keptByAgent + routedToEmailGroup).toBeLessThanOrEqual(fired.length);
    // Live conversations never wait in the email queue, nor email-routed ones in the live queue.
    for (const q of of('TicketQueued')) expect(q.queue === 'Ended sessions as email').toBe(q.channel === 'email' && reclassifiedAt.has(q.ticket));
  });
});

describe('Q19, recipe C: tickets created outside business hours leave the live queue', () => {
  const variant = scenario('c-outside-business-hours.yaml');
  // The scenario starts on a Tuesday and lasts two days; support hours are 08:00–18:00.
  const afterHours = (t: number) => {
    const hour = (t % 86400) / 3600;
    return hour < 8 || hour >= 18;
  };

  function outsideHours(name: string) {
    const r = run(variant(name));
    const created = r.of('TicketCreated').filter((x) => x.channel === 'messaging');
    const night = new Set(created.filter((x) => afterHours(x.t)).map((x) => x.ticket));
    const t2 = new Set(r.of('TriggerFired').filter((x) => x.trigger.startsWith('T2:')).map((x) => x.ticket));
    return { ...r, created, night, t2 };
  }

  it('recipe: T2 fires on exactly the conversations created outside the schedule T1 sets; they are stranded and their customers deflected', () => {
    const { night, t2, of } = outsideHours('recipe');
    expect(night.size).toBeGreaterThan(50);
    expect([...t2].sort()).toEqual([...night].sort());
    const stranded = new Set(of('TicketStranded').filter((x) => x.kind === 'session-ended').map((x) => x.ticket));
    const deflected = new Set(of('TicketDeflected').map((x) => x.ticket));
    for (const id of night) {
      expect(stranded.has(id), `#${id}`).toBe(true);
      expect(deflected.has(id), `#${id}`).toBe(true);
    }
    expect(of('TicketAssigned').filter((x) => night.has(x.ticket))).toEqual([]);
  });

  it('ocr-email: the same conversations are routed as email and answered by the email team, in support hours', () => {
    const { night, t2, of, team } = outsideHours('ocr-email');
    expect([...t2].sort()).toEqual([...night].sort());
    // Routed: a reopened ticket (the customer replied to a pending one) goes back to its agent on or off shift (R26).
    const answered = of('TicketAssigned').filter((x) => night.has(x.ticket) && x.how === 'routed');
    expect(answered.length).toBeGreaterThan(night.size / 2);
    for (const a of answered) {
      expect([team(a.agent), a.channel, afterHours(a.t)]).toEqual(['email', 'email', false]);
    }
  });

  it('end-session-sets-email (the FR/DE reading of End session, Q1): email, but no tag and no custom queue — routed nowhere', () => {
    const { night, of } = outsideHours('end-session-sets-email');
    const toEmail = new Set(of('RoutingChannelChanged').filter((x) => x.to === 'email').map((x) => x.ticket));
    const notRouted = new Set(of('TicketStranded').filter((x) => x.kind === 'no-queue').map((x) => x.ticket));
    for (const id of night) expect([toEmail.has(id), notRouted.has(id)]).toEqual([true, true]);
    expect(of('TicketAssigned').filter((x) => night.has(x.ticket))).toEqual([]);
  });
});

describe('Q19, recipe D: a tag on every session an agent ends, for reporting', () => {
  it('the trigger fires once per agent-ended session, at its end, and never on one the end user ended', () => {
    const { of } = run(scenario('d-reporting-ended-sessions.yaml')('recipe'));
    const fired = of('TriggerFired').filter((x) => x.trigger === 'Tag sessions ended by agents');
    const byAgent = of('SessionEnded').filter((x) => x.reason === 'agent');
    expect(of('SessionEnded').some((x) => x.reason === 'end_user')).toBe(true);
    expect(byAgent.length).toBeGreaterThan(20);
    expect(fired.map(key).sort()).toEqual(byAgent.map(key).sort());
  });
});

describe('Q19, recipe F3: quiet conversations wait in a secondary queue behind live ones', () => {
  it('where inactive conversations hold a slot (R35), live customers are served first: fewer give up and more are answered (paired 95 % intervals)', () => {
    const variant = scenario('f-abandoned-conversations.yaml');
    const reps = 8;
    const c = compareVariants(['counting-inactive', 'f3-counting-inactive'].map((name) => ({ name, compiled: withRunOptions(variant(name), { replications: reps }) })));
    const d = c.differences[0]!.values;
    const abandon = d['channels.messaging.abandonRate']!;
    const throughput = d['channels.messaging.throughputPerHour']!;
    expect(abandon.ci95![1], 'abandon rate F3 − reference, upper end').toBeLessThan(0);
    expect(throughput.ci95![0], 'throughput F3 − reference, lower end').toBeGreaterThan(0);
    // The secondary queue is where tagged conversations wait.
    const { of } = run(variant('f3-counting-inactive'));
    const tagged = new Set(of('TriggerFired').filter((x) => x.trigger.startsWith('F3')).map((x) => x.ticket));
    const secondary = of('TicketQueued').filter((x) => x.queue === 'Abandoned messaging (secondary)');
    expect(secondary.length).toBeGreaterThan(0);
    for (const q of secondary) expect(tagged.has(q.ticket)).toBe(true);
  });
});
