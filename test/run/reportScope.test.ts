// compare and sweep list the metrics `run`'s report has (sim/run/reportScope.ts): no sessions
// without messaging, no channel without traffic — a voice-only sweep's JSON listed twenty
// sessions.* counts and every metric of messaging and email, all zeros — but a channel whose
// work agents hold without arrivals of its own (messaging routed as email, R43) stays.

import { describe, it, expect } from 'vitest';
import { dirname, join } from 'node:path';
import { compareVariants } from '../../sim/run/compare.ts';
import { runScenario } from '../../sim/run/runScenario.ts';
import { readSweep } from '../../sim/run/sweep/readSweep.ts';
import type { Sweep } from '../../sim/run/sweep/Sweep.ts';
import { sweepUnits } from '../../sim/run/sweep/Sweep.ts';
import { runUnit } from '../../sim/run/sweep/runUnit.ts';
import { sweepResult, unknownMetrics } from '../../sim/run/sweep/SweepResult.ts';
import { parseScenarioText } from '../../sim/scenario/read/parseScenario.ts';
import { SMALL_VOICE } from '../support/scenarios.ts';

/** Messaging only; agents end every session and it comes back as email (R43): email is busy without email arrivals. */
const ROUTED_AS_EMAIL = `horizon: 2h
warmup: 0s
replications: 2
settings: { routeAgentEndedAsEmail: true }
channels:
  messaging:
    arrivals: { rate: 30/h }
    conversation:
      mode: exchanges
      exchanges: { distribution: geometric, mean: 2 }
      agentReplyTime: 30s
      customerThinkTime: 30s
      closing: { agentEndsSession: 1 }
      endSessionWork: 5m
agents:
  - { team: chat, count: 4, capacity: { messaging: 2, email: 2 } }
variants:
  two: {}
  three: { agents: [{ team: chat, count: 3, capacity: { messaging: 2, email: 2 } }] }
`;

const VOICE = `${SMALL_VOICE}variants:
  fourteen: {}
  fifteen: { agents: [{ team: phones, count: 15, capacity: { voice: 1 } }] }
`;

/** The channels a path list has figures of. */
const channelsOf = (paths: readonly string[]) => [...new Set(paths.filter((p) => p.startsWith('channels.')).map((p) => p.split('.')[1]))];

function compare(text: string) {
  const r = parseScenarioText(text);
  return compareVariants(r.variants.map((v) => ({ name: v.name, compiled: v.compiled })));
}

function sweep(scenario: string, extra = ''): Sweep {
  const texts: Record<string, string> = { 'base.yaml': scenario };
  const r = readSweep(`scenario: base.yaml\nreplications: 2\ngrid:\n  seed: [1]\n${extra}`, {
    read: (p) => texts[p] ?? { error: `${p}: no such file` },
    relativeToScenario: (s, p) => join(dirname(s), p),
  });
  if ('errors' in r) throw new Error(JSON.stringify(r.errors));
  return r;
}

function sweepMetrics(scenario: string): string[] {
  const s = sweep(scenario);
  return Object.keys(sweepResult(s, sweepUnits(s).map(runUnit)).points[0]!.metrics);
}

describe('without messaging', () => {
  it('compare lists no sessions.* and only the channels the report has', () => {
    const c = compare(VOICE);
    expect(c.metrics.filter((m) => m.startsWith('sessions.'))).toEqual([]);
    expect(channelsOf(c.metrics)).toEqual(Object.keys(runScenario(parseScenarioText(VOICE).compiled!).channels));
    expect(channelsOf(c.metrics)).toEqual(['voice']);
  });

  it('a sweep point lists no sessions.* and only the channels the report has', () => {
    const metrics = sweepMetrics(SMALL_VOICE);
    expect(metrics.filter((m) => m.startsWith('sessions.'))).toEqual([]);
    expect(channelsOf(metrics)).toEqual(['voice']);
    expect(metrics).toContain('channels.voice.serviceLevel');
  });

  it('a listed sessions.* or messaging metric is in no point\'s results, saying why', () => {
    const s = sweep(SMALL_VOICE, 'metrics: [sessions.stranded, channels.messaging.serviceLevel, channels.voice.servicelevel]\n');
    const messages = unknownMetrics(s, sweepResult(s, sweepUnits(s).map(runUnit))).map((p) => p.message);
    expect(messages).toEqual([
      '"sessions.stranded" is in no point\'s results; sessions are counted with messaging, and no point has messaging traffic',
      '"channels.messaging.serviceLevel" is in no point\'s results; no point has messaging traffic',
      '"channels.voice.servicelevel" is in no point\'s results; did you mean "channels.voice.serviceLevel"?',
    ]);
  });
});

describe('with messaging', () => {
  it('compare and sweep keep sessions.* and a channel busy without arrivals (email routed from messaging, R43)', () => {
    const report = runScenario(parseScenarioText(ROUTED_AS_EMAIL).compiled!);
    expect(Object.keys(report.channels)).toEqual(['messaging', 'email']);
    expect(report.channels.email!.meanBusy.mean).toBeGreaterThan(0);
    const c = compare(ROUTED_AS_EMAIL);
    expect(channelsOf(c.metrics)).toEqual(['messaging', 'email']);
    expect(c.metrics).toContain('sessions.reclassifiedToEmail');
    const metrics = sweepMetrics(ROUTED_AS_EMAIL);
    expect(channelsOf(metrics)).toEqual(['messaging', 'email']);
    expect(metrics).toContain('sessions.reclassifiedToEmail');
  });
});
