// R56: messaging routed without omnichannel routing, by the Chat dashboard's notification
// routing [S26], as scenarios/messaging-routing-configurations.yaml models it. Assigned: one
// agent is notified per request, and requests wait in order of creation (no priority order).
// Broadcast: every agent below the chat limit sees every request and the first to serve it
// takes it (a pull view, oldest first; no offers). In both, and under omnichannel routing, the
// limit counts active conversations only.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import type { CompiledScenario } from '../../sim/engine/compileScenario.ts';
import { Engine } from '../../sim/engine/Engine.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { SCENARIO_DIR } from '../support/scenarios.ts';
import { MESSAGING } from '../../sim/model/codes.ts';

const FILE = 'messaging-routing-configurations.yaml';

const parsed = parseScenarioText(readFileSync(join(SCENARIO_DIR, FILE), 'utf8'), { readFile: () => ({ error: 'no includes' }) });

function variant(name: string): CompiledScenario {
  const v = parsed.variants.find((x) => x.name === name);
  if (!v) throw new Error(`${FILE} has no variant ${name}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return v.compiled;
}

interface Handouts {
  /** Requests taken from a queue or view for an agent (offered or assigned). */
  handedOut: number;
  /** Of those, how many left while a request that became eligible earlier still waited there. */
  overtook: number;
  offers: number;
  /** Requests an agent took while already at the chat limit (a quiet conversation that wakes
   *  up counts again, even above the limit, R32; taking a new one there is what is wrong). */
  takenAtLimit: number;
}

/** Watches one replication: who left each queue while whom still waited. */
function handouts(name: string, replication: number): Handouts {
  const e = new Engine(variant(name), replication);
  const waiting = new Map<string, Map<number, number>>(); // queue → ticket → eligibility time
  const out: Handouts = { handedOut: 0, overtook: 0, offers: 0, takenAtLimit: 0 };
  const limit = e.agents[0]!.max[MESSAGING]!;
  const counted = new Int32Array(e.agents.length);
  e.bus.subscribe((ev) => {
    if (ev.type === 'TicketQueued') {
      if (!waiting.has(ev.queue)) waiting.set(ev.queue, new Map());
      waiting.get(ev.queue)!.set(ev.ticket, ev.eligibleAt);
    } else if (ev.type === 'TicketRemovedFromQueue') {
      const q = waiting.get(ev.queue)!;
      const mine = q.get(ev.ticket)!;
      q.delete(ev.ticket);
      if (ev.reason !== 'assigned' && ev.reason !== 'offered') return;
      out.handedOut++;
      for (const other of q.values()) {
        if (other < mine) {
          out.overtook++;
          break;
        }
      }
    } else if (ev.type === 'TicketOffered') {
      out.offers++;
    } else if (ev.type === 'TicketAssigned' && ev.how === 'picked') {
      if (counted[ev.agent]! >= limit) out.takenAtLimit++; // before the assignment counts
    } else if (ev.type === 'CapacityChanged' && ev.channel === 'messaging') {
      counted[ev.agent] = ev.used;
    }
  });
  e.run();
  return out;
}

const sum = (name: string, runs = 6): Handouts => {
  const all = Array.from({ length: runs }, (_, r) => handouts(name, r));
  return all.reduce((a, b) => ({
    handedOut: a.handedOut + b.handedOut, overtook: a.overtook + b.overtook, offers: a.offers + b.offers,
    takenAtLimit: a.takenAtLimit + b.takenAtLimit,
  }));
};

describe('messaging routing without omnichannel routing (R56)', () => {
  const omnichannel = sum('omnichannel');
  const assigned = sum('assigned');
  const broadcast = sum('broadcast');

  it('the spike makes requests wait, so the order they are handed out in is tested', () => {
    // Under omnichannel routing a high-priority conversation overtakes normal ones (R14): the
    // check below can fail.
    expect(omnichannel.handedOut).toBeGreaterThan(100);
    expect(omnichannel.overtook).toBeGreaterThan(5);
  });

  it('Assigned: requests are handed out in order of creation, whatever their priority, one agent notified at a time', () => {
    expect(assigned.handedOut).toBeGreaterThan(100);
    expect(assigned.overtook).toBe(0);
    expect(assigned.offers).toBeGreaterThan(0); // the notified agent Accepts
  });

  it('Broadcast: the first agent to serve takes the oldest request; no offers; nobody past the chat limit', () => {
    expect(broadcast.handedOut).toBeGreaterThan(1000); // every request waits in the view until served
    expect(broadcast.overtook).toBe(0);
    expect(broadcast.offers).toBe(0);
    expect(broadcast.takenAtLimit).toBe(0);
  });

  it('in all three the chat limit counts active conversations only: quiet ones free a slot', () => {
    for (const name of ['omnichannel', 'assigned', 'broadcast']) {
      const c = variant(name);
      const report = runScenario({ ...c, scenario: { ...c.scenario, replications: 2 } });
      expect(report.sessions!.capacityFreedByInactivity.mean, name).toBeGreaterThan(10);
    }
  });
});
