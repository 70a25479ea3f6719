// The service level counts customers still waiting when the run ends, already past the
// threshold, as misses: an email team that goes home at 16:00 while email keeps coming until
// 18:00 read "service level 100 %" beside the evening's emails never answered. Here the
// expected figures are worked out from the run's own events (creations and first answers),
// apart from the metrics fold and from RunEnded's list of who is waiting.

import { describe, it, expect } from 'vitest';
import { compileText } from '../support/scenarios.ts';
import { eveningBacklog } from '../support/eveningBacklog.ts';
import { simulate } from '../../sim/run/simulate.ts';
import { findStaffing } from '../../sim/run/staffing.ts';
import type { SimEvent } from '../../sim/model/events.ts';

const HOUR = 3600;
const END = 24 * HOUR;

/** Email 08:00–18:00, threshold 1 h; the team works 08:00–16:00. */
const EVENING = eveningBacklog({
  replications: 1,
  email: '    brands: { north: 60%, south: 40% }\n',
  tail: `report:
  windows:
    - { name: day, from: 8h, to: 16h }
    - { name: evening, from: 16h, to: 24h }
`,
});

interface Customer {
  created: number;
  brand: string;
  /** The wait until the first answer, or null: none by the end. */
  waited: number | null;
}

/** Every customer of the run, from TicketBranded, TicketCreated and the first TicketAssigned. */
function customers(events: readonly SimEvent[]): Customer[] {
  const byId = new Map<number, Customer>();
  let brand = '';
  for (const e of events) {
    if (e.type === 'TicketBranded') brand = e.brand;
    else if (e.type === 'TicketCreated') byId.set(e.ticket, { created: e.t, brand, waited: null });
    else if (e.type === 'TicketAssigned' && e.first) byId.get(e.ticket)!.waited = e.waited;
    else if (e.type === 'TicketAbandoned' || e.type === 'TicketDeflected') throw new Error('no customer gives up here');
  }
  return [...byId.values()];
}

/** Answered within 1 h / (answered + still waiting after more than 1 h). */
function serviceLevel(cs: readonly Customer[]): number {
  const within = cs.filter((c) => c.waited !== null && c.waited <= HOUR).length;
  const answered = cs.filter((c) => c.waited !== null).length;
  const missed = cs.filter((c) => c.waited === null && END - c.created > HOUR).length;
  return within / (answered + missed);
}

describe('service level with customers still waiting at the end', () => {
  const events: SimEvent[] = [];
  const compiled = compileText(EVENING);
  const r = simulate(compiled, 0, { listeners: [(e) => events.push(structuredClone(e))] });
  const all = customers(events);
  const email = r.channels.email;

  it('the emails of 16:00–18:00 nobody answers count as missed: the channel\'s figure is worked out from the events', () => {
    const unanswered = all.filter((c) => c.waited === null);
    expect(unanswered.length).toBeGreaterThan(25); // about 2 h × 20/h
    expect(unanswered.every((c) => END - c.created > HOUR)).toBe(true); // all past the threshold
    expect([email.offered, email.unansweredAtEnd, email.missedAtEnd]).toEqual([all.length, unanswered.length, unanswered.length]);
    expect(email.serviceLevel).toBe(serviceLevel(all));
    expect(email.serviceLevel).toBeLessThan(0.9); // it read 100 % when they were left out
  });

  it('per window of creation time: the evening\'s service level is 0, not "no figure"', () => {
    const inWindow = (from: number, to: number) => all.filter((c) => c.created >= from && c.created < to);
    expect(r.windows['day']!.email.serviceLevel).toBe(serviceLevel(inWindow(8 * HOUR, 16 * HOUR)));
    expect(r.windows['evening']!.email.offered).toBeGreaterThan(0);
    expect(r.windows['evening']!.email.serviceLevel).toBe(0);
  });

  it('per brand (R7), and the brands\' misses add up to the channel\'s', () => {
    for (const brand of ['north', 'south']) {
      expect(r.brands![brand]!.email!.serviceLevel, brand).toBe(serviceLevel(all.filter((c) => c.brand === brand)));
    }
    expect(r.brands!['north']!.email!.missedAtEnd + r.brands!['south']!.email!.missedAtEnd).toBe(email.missedAtEnd);
  });

  it('a customer waiting less than the threshold at the end is left out (censored), not missed', () => {
    // The same day with email until midnight: those of the last hour have no outcome yet.
    const late = compileText(EVENING.replace('"18:00": 0', '"23:59": 1'));
    const lateEvents: SimEvent[] = [];
    const lr = simulate(late, 0, { listeners: [(e) => lateEvents.push(structuredClone(e))] });
    const cs = customers(lateEvents);
    const censored = cs.filter((c) => c.waited === null && END - c.created <= HOUR).length;
    expect(censored).toBeGreaterThan(5);
    expect(lr.channels.email.unansweredAtEnd - lr.channels.email.missedAtEnd).toBe(censored);
    expect(lr.channels.email.serviceLevel).toBe(serviceLevel(cs));
  });
});

describe('work carried over from before the run (initialState) and the warm-up', () => {
  it('their customers still waiting are in none of the channel\'s figures; the run\'s own are missed', () => {
    // Nobody answers: 50 emails a day old carried over, new ones for 2 h (the first 30 min a warm-up).
    const compiled = compileText(`name: nobody\nseed: 2\nhorizon: 2h\nwarmup: 30m\nreplications: 1\n` +
      `initialState:\n  email: { queued: 50, age: 1d }\n` +
      `channels:\n  email:\n    arrivals: { rate: 30/h }\n    serviceLevelThreshold: 10m\n` +
      `agents:\n  - { team: office, count: 1, capacity: { email: 1 }, shift: { mon-sun: "08:00-09:00" } }\n`);
    const events: SimEvent[] = [];
    const r = simulate(compiled, 0, { listeners: [(e) => events.push(structuredClone(e))] });
    const created = events.flatMap((e) => (e.type === 'TicketCreated' && e.t >= 30 * 60 ? [e.t] : []));
    const past = created.filter((t) => 2 * HOUR - t > 600).length;
    expect(past).toBeGreaterThan(20);
    expect([r.channels.email.offered, r.channels.email.missedAtEnd]).toEqual([created.length, past]);
    expect(r.channels.email.serviceLevel).toBe(0);
    expect(r.carriedOver!.email!.waitingAtEnd).toBe(50);
    // RunEnded lists every customer waiting (carried over, warm-up and measured); the fold picks.
    const ended = events.find((e) => e.type === 'RunEnded')!;
    expect(ended.type === 'RunEnded' && ended.waiting.length).toBe(50 + events.filter((e) => e.type === 'TicketCreated').length);
  });
});

describe('staff: its targets\' threshold judges the customers waiting at the end too', () => {
  it('a team that goes home two hours before the email stops meets no 90 %/1 h target, whatever its size (it was met while they were left out)', () => {
    const compiled = compileText(EVENING.replace('replications: 1', 'replications: 2'));
    const r = findStaffing(compiled, {
      by: 'team', team: 'office', interval: 1800, shrinkage: 0, maxIterations: 3,
      targets: [{ channel: 'email', serviceLevel: { fraction: 0.9, threshold: HOUR } }],
    });
    const row = r.rows[0]!;
    expect(row.met).toBe(false);
    expect(row.simulated['email']!.serviceLevel.mean).toBeLessThan(0.9);
  });
});
